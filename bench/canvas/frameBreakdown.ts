/**
 * Where a frame's time goes while dragging a card on an N-card map (optionally while a peer makes 20
 * moves a second): a `devtools.timeline` trace, each frame's main-thread time split into script,
 * style, layout, paint and the rest, for all frames and for the slowest 5 %. Also a screenshot of the
 * page (`/tmp/journey-breakdown.png`). `npx tsx bench/canvas/frameBreakdown.ts [cards] [--remote]`.
 * A diagnosis tool for the canvas bench: prints, asserts nothing.
 */
import { chromium, type Page } from '@playwright/test';
import { startCanvasServer } from './canvasServer';
import { FRAME_STAMP } from './frameTrace';
import { connectPeer } from './nodePeer';
import { dragFrames, openBigMap, percentile, visibleCards } from './pageProbes';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
}

/** Trace event → the bucket it counts in (innermost wins: events nest, time is split by self time). */
const BUCKETS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'V8.Execute': 'script',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'commit',
  HitTest: 'hitTest',
  ParseHTML: 'other',
};

const cards = Number(process.argv[2] ?? 500);
const remote = process.argv.includes('--remote');
const server = await startCanvasServer();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const { page, mapId } = await openBigMap(browser, server, cards, 'Breakdown');
  // EXTRA_CSS='…': a style sheet added for an experiment (what a rule costs per frame).
  if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS });
  await page.screenshot({ path: '/tmp/journey-breakdown.png' });
  const peer = await connectPeer(server.wsBase, mapId);
  const stop = remote ? peer.moveCards(20) : () => 0;
  await page.waitForTimeout(500);
  await browser.startTracing(page, {
    // CATEGORIES=a,b: other trace categories (the default records a lot, and costs a lot).
    categories: process.env.CATEGORIES?.split(',') ?? [
      'toplevel',
      'blink.user_timing',
      'devtools.timeline',
      'v8',
      'disabled-by-default-devtools.timeline',
      ...(process.env.INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
    ],
  });
  const [card] = await visibleCards(page, 1);
  // `--no-drag`: the same recording of frames while only the peer's moves arrive (their cost alone).
  if (process.argv.includes('--no-drag')) await idleFrames(page, 4000);
  else await dragFrames(page, card!, 240);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  if (process.env.DUMP_TRACE)
    (await import('node:fs')).writeFileSync(process.env.DUMP_TRACE, JSON.stringify(trace));
  const moves = stop();
  if (moves) console.log(`${moves} remote moves (${((moves * 1000) / 20).toFixed(0)} ms at 20/s)`);
  peer.close();
  report(trace.traceEvents);
} finally {
  await browser.close();
  server.stop();
}

/** Marks frames as dragFrames does, for `ms`, with no input. */
async function idleFrames(page: Page, ms: number) {
  await page.evaluate(
    `(() => { window.__rec = true; const tick = () => { performance.mark(${JSON.stringify(FRAME_STAMP)}); if (window.__rec) requestAnimationFrame(tick); }; requestAnimationFrame(tick); })()`,
  );
  await page.waitForTimeout(ms);
  await page.evaluate('window.__rec = false');
}

function report(events: TraceEvent[]) {
  const stamps = events.filter((e) => e.name === FRAME_STAMP && e.cat === 'blink.user_timing');
  const { pid, tid } = stamps[0]!;
  const times = stamps
    .filter((e) => e.pid === pid && e.tid === tid)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur);
  // Self time per event: its duration minus its direct children's (events nest properly per thread).
  main.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const stack: Array<{ e: TraceEvent; end: number; bucket: string }> = [];
  const slices: Array<{ from: number; to: number; bucket: string; name: string }> = [];
  let cursor = 0;
  const emit = (to: number) => {
    const top = stack.at(-1);
    if (top && to > cursor) slices.push({ from: cursor, to, bucket: top.bucket, name: top.e.name });
    cursor = Math.max(cursor, to);
  };
  for (const e of main) {
    while (stack.length && stack.at(-1)!.end <= e.ts) {
      emit(stack.at(-1)!.end);
      stack.pop();
    }
    emit(e.ts);
    const parent = stack.at(-1);
    const bucket = BUCKETS[e.name] ?? (parent ? parent.bucket : 'task');
    stack.push({ e, end: e.ts + e.dur!, bucket });
  }
  while (stack.length) {
    emit(stack.at(-1)!.end);
    stack.pop();
  }
  const frames: Array<Record<string, number>> = [];
  let s = 0;
  for (let i = 1; i < times.length; i++) {
    const from = times[i - 1]!;
    const to = times[i]!;
    const f: Record<string, number> = { total: 0 };
    while (s < slices.length && slices[s]!.to <= from) s++;
    for (let j = s; j < slices.length && slices[j]!.from < to; j++) {
      const d = (Math.min(to, slices[j]!.to) - Math.max(from, slices[j]!.from)) / 1000;
      f[slices[j]!.bucket] = (f[slices[j]!.bucket] ?? 0) + d;
      f.total! += d;
    }
    frames.push(f);
  }
  const totals = frames.map((f) => f.total!);
  const p95 = percentile(totals, 95);
  console.log(
    `${cards} cards${remote ? ' + 20 remote moves/s' : ''}: ${frames.length} frames, work p50 ${percentile(totals, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
  );
  const slow = frames.filter((f) => f.total! >= p95);
  const buckets = [...new Set(frames.flatMap((f) => Object.keys(f)))].filter((b) => b !== 'total');
  const mean = (fs: typeof frames, b: string) =>
    fs.reduce((a, f) => a + (f[b] ?? 0), 0) / Math.max(1, fs.length);
  if (process.env.SLOWEST)
    for (const f of [...frames].sort((a, b) => b.total! - a.total!).slice(0, Number(process.env.SLOWEST)))
      console.log(
        Object.entries(f)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(', '),
      );
  const sum = (b: string) => frames.reduce((a, f) => a + (f[b] ?? 0), 0);
  console.log(
    `total work ${sum('total').toFixed(0)} ms, script ${sum('script').toFixed(0)} ms over ${frames.length} frames`,
  );
  console.log('bucket      mean/frame  mean in slowest 5%');
  for (const b of buckets.sort((x, y) => mean(frames, y) - mean(frames, x)))
    console.log(
      `${b.padEnd(12)}${mean(frames, b).toFixed(2).padStart(8)} ms${mean(slow, b).toFixed(2).padStart(12)} ms`,
    );
  // Self time by innermost event name, per frame, over all frames.
  const byName = new Map<string, number>();
  const first = times[0]!;
  const last = times.at(-1)!;
  for (const sl of slices) {
    if (sl.to <= first || sl.from >= last) continue;
    byName.set(sl.name, (byName.get(sl.name) ?? 0) + (sl.to - sl.from) / 1000);
  }
  console.log('\nself time by event (ms per frame):');
  for (const [n, d] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${(d / frames.length).toFixed(2).padStart(7)}  ${n}`);
}
