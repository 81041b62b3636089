import { chromium } from '@playwright/test';
const BASE = 'http://127.0.0.1:4499';
const shots = '/tmp/facil16';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const log = (...a) => console.log(new Date().toISOString().slice(11, 19), ...a);
let clicks = 0;
async function person(name, viewport) {
  const ctx = await browser.newContext({ viewport });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => log(name, 'PAGEERROR', e.message));
  return { name, ctx, page };
}
async function enterName(p) {
  const field = p.page.getByLabel('Your name');
  if (await field.isVisible({ timeout: 5000 }).catch(() => false)) {
    await field.fill(p.name);
    await p.page.keyboard.press('Enter');
  }
}
const fran = await person('Fran', { width: 1366, height: 768 });
const pat = await person('Pat', { width: 1280, height: 720 });
const sam = await person('Sam', { width: 1440, height: 900 });
await fran.page.goto(BASE + '/');
await fran.page.getByRole('button', { name: 'New map' }).first().click(); clicks++;
await fran.page.waitForTimeout(800);
await fran.page.screenshot({ path: `${shots}/01-new-map.png` });
// A template chooser or a name prompt may come first.
const blank = fran.page.getByRole('button', { name: /blank/i });
if (await blank.first().isVisible().catch(() => false)) { await blank.first().click(); clicks++; }
await fran.page.waitForURL(/\/map\//, { timeout: 15000 });
await enterName(fran);
const url = fran.page.url();
log('map', url);
for (const p of [pat, sam]) { await p.page.goto(url); await enterName(p); }
for (const p of [fran, pat, sam]) await p.page.getByTestId('connection-status').and(p.page.locator('[data-status=connected]')).waitFor({ timeout: 20000 });
await fran.page.screenshot({ path: `${shots}/02-three-joined.png` });
// Fran captures cards as fast as she can: N, type, Enter.
const titles = ['Sees TV ad', 'Compares plans online', 'Calls sales line', 'Chats with support', 'Installer visit'];
await fran.page.locator('.react-flow__pane').click({ position: { x: 600, y: 600 } }); clicks++;
const t0 = Date.now();
for (const t of titles) {
  await fran.page.keyboard.press('n');
  await fran.page.keyboard.type(t);
  await fran.page.keyboard.press('Enter');
  await fran.page.keyboard.press('Escape');
}
log('5 cards typed in', Date.now() - t0, 'ms');
for (const p of [pat, sam]) {
  for (const t of titles) await p.page.getByText(t, { exact: true }).first().waitFor({ timeout: 10000 });
}
log('all 5 titles seen by Pat and Sam');
await fran.page.screenshot({ path: `${shots}/03-captured.png` });
// Pat and Sam type into one card at once.
for (const p of [pat, sam]) {
  await p.page.getByText('Calls sales line', { exact: true }).first().click();
  await p.page.keyboard.press('Enter');
  await p.page.keyboard.press('End');
}
await Promise.all([pat.page.keyboard.type(' (Pat)', { delay: 40 }), sam.page.keyboard.type(' [Sam]', { delay: 40 })]);
for (const p of [pat, sam]) await p.page.keyboard.press('Enter');
await fran.page.waitForTimeout(1500);
const merged = await fran.page.getByText(/Calls sales line/).first().textContent();
log('merged title on Fran:', JSON.stringify(merged));
await sam.page.screenshot({ path: `${shots}/04-two-in-one-field.png` });
// Shortcuts sheet.
await pat.page.keyboard.press('Escape');
await pat.page.keyboard.press('?');
await pat.page.waitForTimeout(600);
await pat.page.screenshot({ path: `${shots}/05-shortcuts-pat-laptop.png` });
await pat.page.keyboard.press('Escape');
// Facilitate: freeze; Pat cannot add.
await fran.page.getByRole('button', { name: /Facilitate/ }).click(); clicks++;
await fran.page.waitForTimeout(300);
const seat = fran.page.getByRole('button', { name: /take the seat|facilitate this map|claim/i });
if (await seat.first().isVisible().catch(() => false)) { await seat.first().click(); clicks++; await fran.page.getByRole('button', { name: /Facilitate/ }).click().catch(() => {}); }
await fran.page.waitForTimeout(300);
await fran.page.screenshot({ path: `${shots}/06-facilitate-menu.png` });
const freeze = fran.page.getByRole('checkbox', { name: /Freeze map/ }).or(fran.page.getByRole('menuitemcheckbox', { name: /Freeze map/ }));
if (await freeze.first().isVisible().catch(() => false)) { await freeze.first().click(); clicks++; log('froze'); } else log('no Freeze control visible');
await fran.page.keyboard.press('Escape');
await pat.page.waitForTimeout(1000);
const before = await pat.page.getByTestId('touchpoint-card').count();
await pat.page.locator('.react-flow__pane').click({ position: { x: 500, y: 500 } });
await pat.page.keyboard.press('n');
await pat.page.keyboard.type('Sneaky');
await pat.page.waitForTimeout(1000);
const after = await pat.page.getByTestId('touchpoint-card').count();
log('Pat cards before/after N on frozen map:', before, after);
await pat.page.screenshot({ path: `${shots}/07-pat-frozen.png` });
log('clicks', clicks);
await browser.close();
