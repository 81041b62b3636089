import type { Locator, Page } from '@playwright/test';
import { createMapViaApi, expect, test } from './fixtures';

/**
 * The facilitator's tools with two people on one map: the seat (creator holds it, hand over), the
 * shared timer, dot voting across contexts, and locks a participant cannot get around.
 */
async function open(page: Page, mapId: string) {
  await page.goto(`/map/${mapId}`);
  await ready(page);
}

async function ready(page: Page) {
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(page.getByTestId('stage-header').last()).toBeInViewport({ ratio: 0.95 });
}

const chip = (page: Page) => page.getByTestId('facilitator-chip');
const card = (page: Page, title: string) => page.getByTestId('touchpoint-card').filter({ hasText: title });

/** Alice opens the map first and takes the empty seat; Bob joins and sees her in it. */
async function aliceFacilitates(alice: Page, bob: Page, mapId: string) {
  await open(alice, mapId);
  await alice.getByRole('button', { name: 'Take the facilitator seat' }).click();
  await expect(chip(alice)).toContainText('Facilitator: Alice (you)');
  await open(bob, mapId);
  await expect(chip(bob)).toContainText('Facilitator: Alice');
}

async function facilitate(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /^Facilitate/ }).click();
  const menu = page.getByRole('region', { name: 'Facilitator tools' });
  await expect(menu).toBeVisible();
  return menu;
}

/** "04:59" → 299; anything else (e.g. "Time's up") fails the parse. */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.getByTestId('timer-remaining').innerText()).trim();
  const match = /^(\d+):(\d\d)$/.exec(text);
  if (!match) throw new Error(`timer shows "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

async function centreX(locator: Locator): Promise<{ x: number; y: number; left: number; right: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, left: box.x, right: box.x + box.width };
}

test('the creator holds the seat, everyone sees who, and it can be handed over', async ({ twoUsers }) => {
  const { alice, bob } = twoUsers;
  await alice.goto('/');
  await alice.getByRole('button', { name: 'New map' }).click();
  const dialog = alice.getByRole('dialog', { name: 'New map' });
  await dialog.getByLabel('Title').fill('Outage workshop');
  await dialog.getByRole('radio', { name: /^Sample/ }).check();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(alice).toHaveURL(/\/map\/[A-Za-z0-9_-]+/);
  await ready(alice);
  await expect(chip(alice)).toContainText('Facilitator: Alice (you)');

  await open(bob, new URL(alice.url()).pathname.split('/').at(-1)!);
  await expect(chip(bob)).toHaveText(/^Facilitator: Alice$/);
  await expect(bob.getByRole('button', { name: /^Facilitate/ })).toHaveCount(0);
  await expect(bob.getByRole('button', { name: 'Take the facilitator seat' })).toHaveCount(0);

  const menu = await facilitate(alice);
  await alice.screenshot({ path: 'e2e/.screens/facilitator-menu.png' });
  await menu.getByRole('button', { name: 'Hand over to Bob' }).click();
  await expect(chip(bob)).toContainText('Facilitator: Bob (you)');
  await expect(chip(alice)).toHaveText(/^Facilitator: Bob$/);
  await expect(bob.getByRole('button', { name: /^Facilitate/ })).toBeVisible();
  await expect(alice.getByRole('button', { name: /^Facilitate/ })).toHaveCount(0);
});

test('a first-time creator takes the seat under the name they give, not as "Someone"', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL });
  try {
    const fran = await context.newPage();
    await fran.goto('/');
    await fran.getByRole('button', { name: 'New map' }).click();
    await fran.getByRole('dialog', { name: 'New map' }).getByRole('button', { name: 'Create' }).click();
    await expect(fran).toHaveURL(/\/map\/[A-Za-z0-9_-]+/);
    await fran.getByLabel('Your name').fill('Fran');
    await fran.getByRole('button', { name: 'Join map' }).click();
    await expect(chip(fran)).toContainText('Facilitator: Fran (you)');
  } finally {
    await context.close();
  }
});

test('the timer shows the same time left on every screen', async ({ twoUsers, request }) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Timer', template: 'sample' });
  await aliceFacilitates(alice, bob, mapId);

  const menu = await facilitate(alice);
  await menu.getByLabel('Timer label').fill('Pain points');
  await menu.getByRole('button', { name: 'Start a 5 minute timer' }).click();
  for (const page of [alice, bob]) {
    await expect(page.getByTestId('timer-pill')).toContainText('Pain points');
    await expect.poll(() => secondsLeft(page)).toBeGreaterThan(290);
  }
  const [a, b] = await Promise.all([secondsLeft(alice), secondsLeft(bob)]);
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1);
  expect(a).toBeLessThanOrEqual(300);

  await menu.getByRole('button', { name: '+1 min' }).click();
  await expect.poll(() => secondsLeft(bob)).toBeGreaterThan(350);
  await menu.getByRole('button', { name: 'Stop timer' }).click();
  await expect(bob.getByTestId('timer-pill')).toHaveCount(0);
});

test('votes from two people add up and the reveal ranks the cards', async ({ twoUsers, request }) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Vote', template: 'sample' });
  await aliceFacilitates(alice, bob, mapId);

  const menu = await facilitate(alice);
  await menu.getByLabel('Votes per person').fill('2');
  await menu.getByRole('button', { name: 'Start vote' }).click();
  await alice.keyboard.press('Escape');
  for (const page of [alice, bob])
    await expect(page.getByTestId('vote-status')).toHaveText('Vote: 2 of 2 left');

  await alice.getByRole('button', { name: 'Vote for IVR menu' }).click();
  await alice.getByRole('button', { name: 'Vote for IVR menu' }).click();
  await bob.getByRole('button', { name: 'Vote for IVR menu' }).click();
  await bob.getByRole('button', { name: 'Vote for Status page' }).click();
  // A third dot is refused; Alt-click takes one back, and it can be placed again.
  await alice.getByRole('button', { name: 'Vote for Status page' }).click();
  await expect(alice.getByRole('alert').filter({ hasText: 'all 2 of your votes' })).toBeVisible();
  await bob.getByRole('button', { name: 'Vote for Status page' }).click({ modifiers: ['Alt'] });
  await expect(bob.getByTestId('vote-status')).toHaveText('Vote: 1 of 2 left');
  await bob.getByRole('button', { name: 'Vote for Status page' }).click();
  for (const page of [alice, bob])
    await expect(page.getByTestId('vote-status')).toHaveText('Vote: 0 of 2 left');
  // While voting, each person sees only their own dots.
  await expect(card(alice, 'IVR menu').getByTestId('vote-badge')).toHaveAttribute('data-my-votes', '2');
  await expect(card(bob, 'IVR menu').getByTestId('vote-badge')).toHaveAttribute('data-my-votes', '1');
  await expect(card(alice, 'Status page').getByTestId('vote-badge')).toHaveCount(0);

  await (await facilitate(alice)).getByRole('button', { name: 'Reveal results' }).click();
  for (const page of [alice, bob]) {
    const rows = page.getByTestId('vote-result');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('IVR menu');
    await expect(rows.nth(0)).toHaveAttribute('data-count', '3');
    await expect(rows.nth(1)).toContainText('Status page');
    await expect(rows.nth(1)).toHaveAttribute('data-count', '1');
    await expect(card(page, 'IVR menu').getByTestId('vote-total')).toHaveText('3');
  }
  await expect(bob.getByTestId('vote-results')).toContainText('Alice ×2');
  await bob.screenshot({ path: 'e2e/.screens/vote-results.png' });
});

test('a locked card cannot be dragged or deleted by a participant, and shows a lock', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Locks', template: 'sample' });
  await aliceFacilitates(alice, bob, mapId);

  await card(alice, 'Streaming stops').click();
  await alice.getByLabel('Lock card').check();
  const menu = await facilitate(alice);
  await menu.getByLabel('Lock structure').check();
  await alice.keyboard.press('Escape');

  const locked = card(bob, 'Streaming stops');
  await expect(locked.getByTestId('lock-icon')).toBeVisible();
  await expect(bob.getByTestId('stage-lock')).toHaveCount(6);
  await expect(bob.locator('.stage-grip')).toHaveCount(0);

  // Bob drags it towards Resolution with real mouse events: it stays in Notice problem.
  const from = await centreX(locked);
  const to = await centreX(bob.getByTestId('stage-header').filter({ hasText: 'Resolution' }));
  await bob.mouse.move(from.x, from.y);
  await bob.mouse.down();
  await bob.mouse.move(from.x + 20, from.y + 5, { steps: 4 });
  await bob.mouse.move(to.x, from.y, { steps: 20 });
  await bob.mouse.up();
  for (const page of [alice, bob]) {
    const column = await centreX(page.getByTestId('stage-header').filter({ hasText: 'Notice problem' }));
    const c = await centreX(card(page, 'Streaming stops'));
    expect(c.x).toBeGreaterThan(column.left);
    expect(c.x).toBeLessThan(column.right);
  }

  // The Delete key is refused with a message; the card stays for both.
  await locked.click();
  await bob.keyboard.press('Delete');
  await expect(
    bob.getByRole('alert').filter({ hasText: '“Streaming stops” is locked by the facilitator' }),
  ).toBeVisible();
  await expect(card(bob, 'Streaming stops')).toHaveCount(1);
  await expect(card(alice, 'Streaming stops')).toHaveCount(1);
  // The card stays selected, and its side panel says why, with no lock switch for a participant.
  await expect(bob.getByTestId('card-locked-note')).toBeVisible();
  await expect(bob.getByLabel('Lock card')).toHaveCount(0);
});
