/**
 * T9 in the browser: one tab follows a person while 300 people (Node peers in worker threads, raw
 * sockets, bench/server/presenceWorker.mjs) move their cursors at 20 Hz on a 200-card map. Over 10 s:
 * frame time (requestAnimationFrame deltas on Chromium's 60 Hz clock), the main thread's work per
 * frame (trace, see frameTrace), long tasks (> 50 ms), and how many cursors the DOM holds.
 * `npx tsx bench/canvas/presence300.bench.ts [--quick]`; prints figures, asserts nothing.
 */
import { chromium, type Page } from '@playwright/test';
import { clientSchemaParams } from '../../model';
import { bigMapFile } from '../../model/testing/bigMapFile';
import { PeerWorker } from '../server/presence300';
import { CHROMIUM_ARGS, ensureBuilt, importMap, startCanvasServer } from './canvasServer';
import { traceFrameWork } from './frameTrace';
import { percentile } from './pageProbes';
import { FRAME_STAMP } from './frameTrace';

const QUICK = process.argv.includes('--quick');
const PEERS = 300;
const WORKERS = 3;
const WINDOW_MS = QUICK ? 5000 : 10_000;

/** rAF deltas and long tasks from now until `stopRecording`. */
const START = `(() => {
  window.__frames = [];
  window.__long = [];
  window.__recording = true;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push(e.duration);
  }).observe({ type: 'longtask' });
  let last;
  const tick = (t) => {
    performance.mark(${JSON.stringify(FRAME_STAMP)});
    if (last !== undefined) window.__frames.push(t - last);
    last = t;
    if (window.__recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP = `(() => {
  window.__recording = false;
  return { frames: window.__frames, long: window.__long };
})()`;

async function followByName(page: Page, name: string): Promise<void> {
  await page.getByTestId('people-count').click();
  await page.getByTestId('people-search').fill(name);
  await page.getByTestId('people-search').press('Enter');
  await page.getByTestId('follow-banner').filter({ hasText: name }).waitFor();
}

const fmt = (v: number) => v.toFixed(1);

ensureBuilt();
const server = await startCanvasServer({
  JOURNEY_MAX_CONNECTIONS: '2000',
  JOURNEY_MAX_CONNECTIONS_PER_ADDRESS: '2000',
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const workers = Array.from({ length: WORKERS }, () => new PeerWorker());
try {
  const mapId = await importMap(server, bigMapFile(200, 'All-hands'));
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript(() =>
    localStorage.setItem('journey.identity', JSON.stringify({ id: 'u_follower', name: 'Follower' })),
  );
  await page.goto(`${server.base}/map/${mapId}`);
  await page.getByTestId('touchpoint-card').first().waitFor({ timeout: 120_000 });

  const url = `${server.wsBase}/${mapId}?${new URLSearchParams(clientSchemaParams()).toString()}`;
  const per = Math.ceil(PEERS / WORKERS);
  await Promise.all(
    workers.map((w, i) =>
      w.request('open', { url, count: Math.min(per, PEERS - i * per), first: i * per, observers: 0, hz: 20 }),
    ),
  );
  await Promise.all(workers.map((w) => w.request('start')));
  await page
    .getByTestId('people-count')
    .filter({ hasText: `${PEERS + 1} people` })
    .waitFor({ timeout: 60_000 });
  await followByName(page, 'Person 0');
  await page.waitForTimeout(2000);

  const { result, work } = await traceFrameWork(browser, page, async () => {
    await page.evaluate(START);
    await page.waitForTimeout(WINDOW_MS);
    return page.evaluate<{ frames: number[]; long: number[] }>(STOP);
  });
  const cursors = await page.getByTestId('peer-cursor').count();
  const { frames, long } = result;
  const missed = frames.filter((f) => f > 25).length;
  const date = new Date().toISOString().slice(0, 10);
  console.log(
    [
      `T9 follower tab (${date}): ${PEERS} peers at 20 Hz, following Person 0, ${WINDOW_MS / 1000} s, 1280×720`,
      '',
      '| Figure | p50 | p95 | p99 |',
      '| --- | --- | --- | --- |',
      `| frame time, rAF delta (ms) | ${fmt(percentile(frames, 50))} | ${fmt(percentile(frames, 95))} | ${fmt(percentile(frames, 99))} |`,
      `| main-thread work per frame (ms) | ${fmt(percentile(work, 50))} | ${fmt(percentile(work, 95))} | ${fmt(percentile(work, 99))} |`,
      '',
      `frames: ${frames.length} (${missed} over 25 ms); long tasks: ${long.length}, longest ${fmt(Math.max(0, ...long))} ms, total ${fmt(long.reduce((a, b) => a + b, 0))} ms; cursors in the DOM at the end: ${cursors}`,
    ].join('\n'),
  );
} finally {
  await Promise.all(workers.map((w) => w.close().catch(() => undefined)));
  await browser.close();
  server.stop();
}
process.exit(0);
