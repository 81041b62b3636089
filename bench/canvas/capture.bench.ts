/**
 * Capture latency (issue 14), in headless Chromium against a real server:
 * - "N → editable": from the N key to the new card's title being the focused field, so the next key
 *   is typed into it (and, separately, to a field holding the new title being on the page at all —
 *   before on-card editing the side panel's Title field appeared, but needed a click first);
 * - "key → peer": from a keystroke in a card's Title field to that character on a second person's
 *   screen (their card's title in the DOM), both pages in one browser, clocks compared through
 *   performance.timeOrigin.
 * On the sample map (11 cards) and a 500-card map (cards culled to the view). p50/p95 over the
 * samples; prints figures, asserts nothing.
 * `npx tsx bench/canvas/capture.bench.ts [--quick]`
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { bigMapFile } from '../../model/testing/bigMapFile';
import { CHROMIUM_ARGS, ensureBuilt, importMap, startCanvasServer, type CanvasServer } from './canvasServer';
import { median, percentile } from './pageProbes';

const QUICK = process.argv.includes('--quick');
const ADDS = QUICK ? 8 : 25;
const KEYS = QUICK ? 15 : 40;

/**
 * In the page: from the next N keydown to (a) a focused text field showing "New touchpoint" and (b)
 * any text field showing it. Page scripts are strings (see pageProbes.ts).
 */
const WATCH_ADD = `() => new Promise((resolve) => {
  let t0 = 0, focused = 0, present = 0;
  const isNew = (el) => el && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') && el.value === 'New touchpoint';
  const check = () => {
    if (!t0) return;
    const now = performance.now();
    if (!present && [...document.querySelectorAll('input, textarea')].some(isNew)) present = now;
    if (!focused && isNew(document.activeElement)) focused = now;
    if (present && (focused || now - t0 > 3000)) finish();
  };
  const obs = new MutationObserver(check);
  const onFocus = () => check();
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    obs.disconnect();
    document.removeEventListener('focusin', onFocus, true);
    const a = document.activeElement;
    resolve({ focused: focused ? focused - t0 : null, present: present ? present - t0 : null, active: a ? a.tagName + '.' + a.className : '' });
  };
  window.addEventListener('keydown', (e) => { if (e.key === 'n') { t0 = e.timeStamp; queueMicrotask(check); } }, { capture: true, once: true });
  obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('focusin', onFocus, true);
  setTimeout(finish, 5000);
})`;

/** Writer page: epoch time of every keydown in the page (performance.timeOrigin + timeStamp). */
const RECORD_KEYS = `() => {
  window.__keys = [];
  window.addEventListener('keydown', (e) => { if (e.key.length === 1) window.__keys.push(performance.timeOrigin + e.timeStamp); }, true);
}`;

/** Peer page: epoch time at which each new length of the card's title appeared in the DOM. */
const WATCH_TITLE = `(id) => {
  window.__seen = [];
  const card = document.querySelector('.tp-card[data-touchpoint-id="' + id + '"]');
  const title = () => card.querySelector('.tp-title')?.textContent ?? '';
  let last = title().length;
  new MutationObserver(() => {
    const n = title().length;
    if (n > last) { for (let k = last; k < n; k++) window.__seen.push(performance.timeOrigin + performance.now()); last = n; }
  }).observe(card, { subtree: true, childList: true, characterData: true });
}`;

async function openMap(context: BrowserContext, server: CanvasServer, mapId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.base}/map/${mapId}`);
  await page
    .locator('[data-testid="connection-status"][data-status="connected"]')
    .waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="touchpoint-card"]').first().waitFor();
  return page;
}

async function identity(browser: Browser, name: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    'journey.identity',
    JSON.stringify({ id: `u_bench_${name}`, name }),
  ] as const);
  return context;
}

/** Presses N ADDS times, each time after Escape (nothing selected: the card goes to the first stage). */
async function addLatencies(
  page: Page,
): Promise<{ focused: number[]; present: number[]; neverFocused: number }> {
  const focused: number[] = [];
  const present: number[] = [];
  let neverFocused = 0;
  for (let i = 0; i < ADDS; i++) {
    await page.keyboard.press('Escape');
    await page.mouse.click(5, 400); // the lane labels' gutter: the canvas, not a field
    await page.keyboard.press('Escape');
    const watch = page.evaluate<{ focused: number | null; present: number | null; active: string }>(
      `(${WATCH_ADD})()`,
    );
    await page.waitForTimeout(50);
    await page.keyboard.press('n');
    const r = await watch;
    if (r.present !== null) present.push(r.present);
    if (r.focused !== null) focused.push(r.focused);
    else {
      neverFocused++;
      if (process.env.DEBUG_CAPTURE) console.log('not focused; focus on', r.active);
    }
    await page.keyboard.press('Escape');
  }
  return { focused, present, neverFocused };
}

/** Types KEYS characters into a card's Title field (side panel) and times each onto the peer's card. */
async function keyLatencies(writer: Page, peer: Page): Promise<number[]> {
  // A card near the middle of the view on both pages (culled maps draw only the cards in view).
  const inView = (page: Page) =>
    page.evaluate<string[]>(`(() => {
      const pane = document.querySelector('.react-flow').getBoundingClientRect();
      const cx = pane.left + pane.width / 2, cy = pane.top + pane.height / 3;
      const dist = (el) => { const r = el.getBoundingClientRect(); return Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy); };
      return [...document.querySelectorAll('.tp-card')]
        .filter((el) => { const r = el.getBoundingClientRect(); return r.left > pane.left && r.right < pane.right && r.top > pane.top && r.bottom < pane.bottom - 150; })
        .sort((a, b) => dist(a) - dist(b))
        .map((el) => el.getAttribute('data-touchpoint-id'));
    })()`);
  const peerIds = new Set(await inView(peer));
  const id = (await inView(writer)).find((c) => peerIds.has(c));
  if (!id) throw new Error('no card in view on both pages');
  await writer.locator(`.tp-card[data-touchpoint-id="${id}"]`).click();
  await peer.evaluate(`(${WATCH_TITLE})(${JSON.stringify(id)})`);
  await writer.evaluate(`(${RECORD_KEYS})()`);
  const field = writer.getByTestId('touchpoint-panel').getByLabel('Title', { exact: true });
  await field.click();
  await writer.keyboard.press('End');
  for (let i = 0; i < KEYS; i++) {
    await writer.keyboard.type(String.fromCharCode(97 + (i % 26)));
    await writer.waitForTimeout(120);
  }
  await writer.waitForTimeout(1500);
  const keys = await writer.evaluate<number[]>('window.__keys');
  const seen = await peer.evaluate<number[]>('window.__seen');
  return keys.slice(0, seen.length).map((t, i) => seen[i]! - t);
}

const fmt = (values: readonly number[]) =>
  values.length
    ? `p50 ${median(values).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms (n=${values.length})`
    : 'n/a';

async function main(): Promise<void> {
  ensureBuilt();
  const server = await startCanvasServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const created = await fetch(`${server.base}/api/maps`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Capture bench', template: 'sample' }),
    });
    const sample = ((await created.json()) as { map: { id: string } }).map.id;
    const big = await importMap(server, bigMapFile(500, 'Capture bench 500'));
    for (const [name, mapId] of [
      ['sample map (11 cards)', sample],
      ['500-card map', big],
    ] as const) {
      const [a, b] = [await identity(browser, 'Writer'), await identity(browser, 'Peer')];
      const writer = await openMap(a, server, mapId);
      const peer = await openMap(b, server, mapId);
      const adds = await addLatencies(writer);
      console.log(
        `${name}: N → title focused for typing: ${fmt(adds.focused)}${adds.neverFocused ? `; never focused ${adds.neverFocused}×` : ''}`,
      );
      console.log(`${name}: N → a field with the new title on the page: ${fmt(adds.present)}`);
      // Both people back at the map's opening view, so one card is in view on both screens.
      await writer.reload();
      await writer
        .locator('[data-testid="connection-status"][data-status="connected"]')
        .waitFor({ timeout: 60_000 });
      await writer.locator('[data-testid="touchpoint-card"]').first().waitFor();
      const keys = await keyLatencies(writer, peer);
      console.log(`${name}: keystroke → peer's screen: ${fmt(keys)}`);
      await a.close();
      await b.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
