/**
 * Where a drag's time goes: a CDP CPU profile of the page while dragging one card on an N-card map,
 * top functions by self time. `npx tsx bench/canvas/profileDrag.ts [cards] [--remote]`. A diagnosis
 * tool for the canvas bench, not a benchmark: prints shares, asserts nothing.
 */
import { chromium } from '@playwright/test';
import { startCanvasServer } from './canvasServer';
import { connectPeer } from './nodePeer';
import { dragFrames, openBigMap, visibleCards } from './pageProbes';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const cards = Number(process.argv[2] ?? 500);
const server = await startCanvasServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
try {
  const { page, mapId } = await openBigMap(browser, server, cards, 'Profile');
  const peer = await connectPeer(server.wsBase, mapId);
  const stop = process.argv.includes('--remote') ? peer.moveCards(20) : () => 0;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  const [card] = await visibleCards(page, 1);
  // `--no-drag`: 4 s of the peer's moves alone.
  const frames = process.argv.includes('--no-drag')
    ? await page.waitForTimeout(4000).then(() => [])
    : await dragFrames(page, card!, 80);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  // DUMP_PROFILE=file: the raw profile (a .cpuprofile DevTools opens), for analyses of one's own.
  if (process.env.DUMP_PROFILE)
    (await import('node:fs')).writeFileSync(process.env.DUMP_PROFILE, JSON.stringify(profile));
  stop();
  peer.close();
  console.log(`${cards} cards: 80 moves in ${Date.now() - t0} ms, ${frames.length} frames`);
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let total = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}`;
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  const show = (title: string, times: Map<string, number>) => {
    console.log(title);
    for (const [k, v] of [...times].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40)))
      console.log(
        `${((100 * v) / total).toFixed(1).padStart(5)}%  ${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`,
      );
  };
  show('self time:', self);
  // SELF_UNDER=fn: self time of the functions running below fn.
  if (process.env.SELF_UNDER) {
    const parentOf = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
    const under = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      let inside = false;
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at))
        if (byId.get(at)!.callFrame.functionName === process.env.SELF_UNDER) inside = true;
      if (!inside) return;
      const f = byId.get(id)!.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}`;
      under.set(key, (under.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    });
    show(`\nself time under ${process.env.SELF_UNDER}:`, under);
  }
  // Inclusive: each function counted once per sample, on every sample with it on the stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (!f.url) continue;
      seen.add(`${f.functionName || '(anon)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}`);
    }
    for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
  });
  show('\ninclusive time (page scripts):', inclusive);
  // Where each sample's work started: the outermost page-script frame (an event, a message, a task).
  const roots = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    let outer = '';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (f.url) outer = `${f.functionName || '(anon)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}`;
    }
    if (outer) roots.set(outer, (roots.get(outer) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  show('\nby outermost page frame:', roots);
  // CALLEES=fn: time under each function called (at any depth below it, first page frame) from fn.
  const focus = process.env.CALLEES;
  if (focus) {
    const under = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const chain: string[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at)!.callFrame;
        chain.push(`${f.functionName || '(anon)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}`);
      }
      const at = chain.findIndex((k) => k.startsWith(`${focus} `));
      if (at < 0) return;
      // ROOT=name: only samples whose outermost page frame starts with it.
      const outer = chain.filter((k) => !k.endsWith(' :-1') && !k.startsWith('(root)')).at(-1) ?? '';
      if (process.env.ROOT && !outer.startsWith(process.env.ROOT)) return;
      const depth = Number(process.env.DEPTH ?? 1);
      const key =
        chain
          .slice(Math.max(0, at - depth), at)
          .reverse()
          .join(' > ') || '(self)';
      under.set(key, (under.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    });
    show(`\nunder ${focus}:`, under);
  }
} finally {
  await browser.close();
  server.stop();
}
