import type { Locator, Page } from '@playwright/test';
import { createMapViaApi, expect, test } from './fixtures';

/**
 * The keyboard: duplicate, nudge, undo/redo, the shortcuts sheet, Escape; and undo that only ever
 * takes back this person's own edits.
 */
async function open(page: Page, mapId: string) {
  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(page.getByTestId('stage-header').last()).toBeInViewport({ ratio: 0.95 });
}

const card = (page: Page, title: string) => page.getByTestId('touchpoint-card').filter({ hasText: title });
const stage = (page: Page, name: string) => page.getByTestId('stage-header').filter({ hasText: name });

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

/** Whether the card's centre lies inside the stage's column (its header's x range). */
async function inStage(page: Page, title: string, stageName: string): Promise<boolean> {
  const c = await box(card(page, title));
  const s = await box(stage(page, stageName));
  const cx = c.x + c.width / 2;
  return cx > s.x && cx < s.x + s.width;
}

test('Ctrl+D duplicates a card next to it, arrows nudge it, Ctrl+Z takes each step back', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Keys', template: 'sample' });
  await open(page, mapId);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();

  // Duplicate: the copy stands in the next slot of the same cell and is selected.
  await card(page, 'IVR menu').click();
  await page.keyboard.press('Control+d');
  await expect(card(page, 'IVR menu')).toHaveCount(2);
  await expect(page.locator('.tp-card.is-selected')).toHaveCount(1);
  const [first, copy] = await Promise.all([
    box(card(page, 'IVR menu').nth(0)),
    box(card(page, 'IVR menu').nth(1)),
  ]);
  expect(copy.x).toBeGreaterThan(first.x);
  expect(Math.abs(copy.y - first.y)).toBeLessThan(2);
  await expect(undo).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect(card(page, 'IVR menu')).toHaveCount(1);
  await expect(undo).toBeDisabled();
  await expect(redo).toBeEnabled();

  // Nudge right inside the cell: IVR menu swaps places with Agent call.
  await card(page, 'IVR menu').click();
  const agentBefore = await box(card(page, 'Agent call'));
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(async () => (await box(card(page, 'IVR menu'))).x > (await box(card(page, 'Agent call'))).x)
    .toBe(true);
  expect((await box(card(page, 'Agent call'))).x).toBeLessThan(agentBefore.x);

  // From the last slot, right crosses into the next stage; one undo brings it back.
  await card(page, 'Chat with bot').click();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => inStage(page, 'Chat with bot', 'Technician visit')).toBe(true);
  await page.keyboard.press('Control+z');
  await expect.poll(() => inStage(page, 'Chat with bot', 'Contact support')).toBe(true);
  // The card kept its selection through the undo.
  await expect(card(page, 'Chat with bot')).toHaveClass(/is-selected/);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => inStage(page, 'Chat with bot', 'Technician visit')).toBe(true);
});

test('? opens the shortcuts sheet; Escape closes it, then clears the selection', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Sheet', template: 'sample' });
  await open(page, mapId);
  await card(page, 'Agent call').click();
  await expect(page.getByTestId('touchpoint-panel')).toBeVisible();

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const what of [
    'Duplicate the selected card or note',
    'Move the selection one slot (or stage)',
    'Undo your last edit',
    'Take back your typing, or clear the selection',
  ]) {
    await expect(sheet.getByText(what, { exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  // The dialog took the first Escape: the card is still selected.
  await expect(page.getByTestId('touchpoint-panel')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('touchpoint-panel')).toBeHidden();
  await expect(page.locator('.tp-card.is-selected')).toHaveCount(0);
});

test('undo in one context does not undo the other person’s edit', async ({ twoUsers, request }) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Two undos', template: 'sample' });
  await Promise.all([open(alice, mapId), open(bob, mapId)]);
  await expect(card(bob, 'Agent call')).toHaveAttribute('data-emotion', '1');

  await card(alice, 'Agent call').click();
  await alice.getByRole('button', { name: /^Emotion -2/ }).click();
  await expect(card(bob, 'Agent call')).toHaveAttribute('data-emotion', '-2');

  await card(bob, 'Status page').click();
  const title = bob.getByLabel('Title', { exact: true });
  await title.fill('Status page (Bob)');
  await title.press('Enter');
  await expect(card(alice, 'Status page (Bob)')).toBeVisible();

  await alice.keyboard.press('Control+z');
  for (const page of [alice, bob]) {
    await expect(card(page, 'Agent call')).toHaveAttribute('data-emotion', '1');
    await expect(card(page, 'Status page (Bob)')).toBeVisible();
  }
  // Alice has nothing left to undo: Bob's rename was never hers.
  await expect(alice.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});
