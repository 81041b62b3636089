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
  const frames = await dragFrames(page, card!, 80);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
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
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(
      `${((100 * v) / total).toFixed(1).padStart(5)}%  ${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`,
    );
} finally {
  await browser.close();
  server.stop();
}
