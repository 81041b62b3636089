/**
 * What the canvas bench does inside Chromium: time to first render, frame times recorded with
 * requestAnimationFrame while page.mouse drags cards, and picking visible cards to drag or select.
 */
import type { Browser, Page } from '@playwright/test';
import { bigMapFile } from '../../model/testing/bigMapFile';
import { importMap, type CanvasServer } from './canvasServer';
import { FRAME_STAMP } from './frameTrace';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Navigation → the cards drawn (ms since navigation start): when the number of card elements last
 * changed before holding still for 60 frames. Big maps draw only the cards in view, so "all cards"
 * means all the cards the canvas will draw.
 */
export async function timeToFirstRender(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate<number>(`new Promise((resolve) => {
    let count = 0, changedAt = 0, still = 0;
    const tick = () => {
      const n = document.querySelectorAll('[data-testid="touchpoint-card"]').length;
      if (n !== count) { count = n; changedAt = performance.now(); still = 0; } else if (n > 0) still++;
      if (still >= 60) resolve(changedAt); else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
}

/**
 * Page scripts are strings: tsx (esbuild) wraps named functions in a `__name` helper that does not
 * exist inside the page.
 */
const VISIBLE_CARDS = `(n) => {
  const pane = document.querySelector('.react-flow').getBoundingClientRect();
  return [...document.querySelectorAll('[data-testid="touchpoint-card"]')]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.left > pane.left + 60 && r.right < pane.right - 20 && r.top > pane.top + 40 && r.bottom < pane.bottom - 200)
    .sort((a, b) => a.left - b.left || a.top - b.top)
    .slice(0, n)
    .map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 }));
}`;
/**
 * Frame recorder: every requestAnimationFrame delta, and a mark per frame for frameTrace's
 * work per frame. On Chromium's 60 Hz frame clock a frame on time reads ~16.7 ms, a missed one ~33.
 */
const START_FRAMES = `(() => {
  window.__frames = [];
  window.__recording = true;
  let last;
  const tick = (t) => {
    performance.mark(${JSON.stringify(FRAME_STAMP)});
    if (last !== undefined) window.__frames.push(t - last);
    last = t;
    if (window.__recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES = `(() => {
  window.__recording = false;
  performance.clearMarks(${JSON.stringify(FRAME_STAMP)});
  return window.__frames;
})()`;

/** Centres of cards fully inside the canvas (clear of the minimap and zoom controls), left to right. */
export async function visibleCards(page: Page, count: number): Promise<Point[]> {
  return page.evaluate<Point[]>(`(${VISIBLE_CARDS})(${count})`);
}

/** Shift-clicks cards until `count` are selected (the first one with a plain click). */
export async function selectCards(page: Page, cards: readonly Point[]): Promise<void> {
  const [first, ...rest] = cards;
  if (!first) return;
  await page.mouse.click(first.x, first.y);
  await page.keyboard.down('Shift');
  for (const c of rest) await page.mouse.click(c.x, c.y);
  await page.keyboard.up('Shift');
}

/**
 * Drags the card under `from` along a zigzag of `moves` pointer moves (± 160 px, back where it
 * started), recording every frame's rAF delta meanwhile. `dropAt` (px from `from`): where the zigzag
 * then goes, in 10 moves, to be dropped (by default where it started). `beforeDrop` runs while the
 * card is still held.
 */
export async function dragFrames(
  page: Page,
  from: Point,
  moves: number,
  { beforeDrop, dropAt }: { beforeDrop?: () => Promise<void>; dropAt?: Point } = {},
): Promise<number[]> {
  await page.evaluate(START_FRAMES);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // A saturated page answers each move late: stop after 30 s rather than run for ever.
  const deadline = Date.now() + 30_000;
  for (let i = 1; i <= moves && Date.now() < deadline; i++) {
    const phase = (i / moves) * Math.PI * 4;
    await page.mouse.move(from.x + 160 * Math.sin(phase), from.y + 12 * Math.sin(phase * 3));
  }
  if (dropAt) await page.mouse.move(from.x + dropAt.x, from.y + dropAt.y, { steps: 10 });
  await beforeDrop?.();
  await page.mouse.up();
  return page.evaluate<number[]>(STOP_FRAMES);
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * For the diagnosis tools: a new page on a freshly imported `cards`-card map, signed in as `name`,
 * once its cards are drawn and have settled (3 s).
 */
export async function openBigMap(
  browser: Browser,
  server: CanvasServer,
  cards: number,
  name: string,
): Promise<{ page: Page; mapId: string }> {
  const mapId = await importMap(server, bigMapFile(cards, name));
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(
    (who) => localStorage.setItem('journey.identity', JSON.stringify({ id: `u_${who}`, name: who })),
    name,
  );
  await page.goto(`${server.base}/map/${mapId}`);
  await page.getByTestId('touchpoint-card').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(3000);
  return { page, mapId };
}
