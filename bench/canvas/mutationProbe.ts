/**
 * What a peer's moves do to the page's DOM: a MutationObserver counts nodes mounted, moved and
 * removed and attributes set while a Node client moves random cards, grouped by element and parent.
 * `npx tsx bench/canvas/mutationProbe.ts [cards] [--hold]`. A diagnosis tool like profileDrag: found the
 * off-screen cards React Flow re-mounted for every remote move. Prints counts, asserts nothing.
 */
import { chromium } from '@playwright/test';
import { startCanvasServer } from './canvasServer';
import { connectPeer } from './nodePeer';
import { openBigMap } from './pageProbes';

/** Page script (a string: see pageProbes). `+new` is an element never seen before, `+moved` one re-inserted. */
const OBSERVE = `(() => {
  window.__mutations = {};
  const seen = new WeakSet(document.querySelectorAll('*'));
  const cls = (el) => String(el.className?.baseVal ?? el.className ?? '').split(' ').slice(0, 2).join('.');
  const key = (n) => n.nodeType !== 1 ? '#text' : n.tagName + '.' + cls(n) + ' < ' + (n.parentElement ? cls(n.parentElement).split('.')[0] : '(removed)');
  const count = (k) => { window.__mutations[k] = (window.__mutations[k] || 0) + 1; };
  new MutationObserver((list) => {
    for (const m of list) {
      for (const n of m.addedNodes) { count((seen.has(n) ? '+moved ' : '+new ') + key(n)); seen.add(n); }
      for (const n of m.removedNodes) count('- ' + key(n));
      if (m.type === 'attributes') count('@' + m.attributeName + ' ' + key(m.target));
    }
  }).observe(document.body, { childList: true, subtree: true, attributes: true });
})()`;

const cards = Number(process.argv[2] ?? 500);
/** `--hold`: a card of this tab is in the air while the peer moves cards. */
const HOLD = process.argv.includes('--hold');
const server = await startCanvasServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
try {
  const { page, mapId } = await openBigMap(browser, server, cards, 'Probe');
  if (HOLD) {
    // Pick a card up and keep holding it: the remote moves then arrive mid-drag.
    const box = (await page.getByTestId('touchpoint-card').first().boundingBox())!;
    await page.mouse.move(box.x + 50, box.y + 30);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 50 + i * 3, box.y + 30);
  }
  await page.evaluate(OBSERVE);
  const peer = await connectPeer(server.wsBase, mapId);
  const stop = peer.moveCards(5);
  await page.waitForTimeout(2000);
  const moves = stop();
  await page.waitForTimeout(1000);
  const counts = await page.evaluate<Record<string, number>>('window.__mutations');
  peer.close();
  console.log(`${cards} cards, ${moves} remote moves; DOM mutations (per move):`);
  for (const [k, v] of Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30))
    console.log(`${String(v).padStart(7)} (${(v / Math.max(1, moves)).toFixed(1).padStart(6)})  ${k}`);
} finally {
  await browser.close();
  server.stop();
}
