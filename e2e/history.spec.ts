import type { APIRequestContext, Page } from '@playwright/test';
import { createMapViaApi, expect, test, withIdentity } from './fixtures';

/**
 * Version history with two people on one map (issue 17): the facilitator (who created the map and
 * holds the seat) saves a version, a participant deletes a stage with its cards, and the
 * facilitator previews the earlier version, compares it with now, and restores it for everyone.
 */

async function ready(page: Page) {
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(page.getByTestId('stage-header').last()).toBeInViewport({ ratio: 0.95 });
}

const card = (page: Page, title: string) => page.getByTestId('touchpoint-card').filter({ hasText: title });
const GONE = ['Appointment SMS', 'Technician at home'];

test('a deleted stage comes back: preview, compare, restore, on both screens', async ({ twoUsers }) => {
  test.setTimeout(90_000);
  const { alice, bob } = twoUsers;
  // Alice creates the map as people do, so she holds the facilitator's seat.
  await alice.goto('/');
  await alice.getByRole('button', { name: 'New map' }).click();
  const create = alice.getByRole('dialog', { name: 'New map' });
  await create.getByLabel('Title').fill('Outage workshop');
  await create.getByRole('radio', { name: /^Sample/ }).check();
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(alice).toHaveURL(/\/map\/[A-Za-z0-9_-]+/);
  await ready(alice);
  await expect(alice.getByTestId('facilitator-chip')).toContainText('Facilitator: Alice (you)');
  const mapId = new URL(alice.url()).pathname.split('/').at(-1)!;

  // She names a version before the workshop, typing its name.
  await alice.getByTestId('history-button').click();
  const panel = alice.getByTestId('history-panel');
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Save version…' }).click();
  await panel.getByLabel('Version name').pressSequentially('Before workshop');
  await panel.getByLabel('Version name').press('Enter');
  const named = panel.getByTestId('history-row').filter({ hasText: 'Before workshop' });
  await expect(named).toBeVisible();
  // Named versions are pinned first.
  await expect(panel.getByTestId('history-row').first()).toContainText('Before workshop');
  await panel.getByRole('button', { name: 'Close history' }).click();

  // Bob, a participant, deletes "Technician visit" and its two cards.
  await bob.goto(`/map/${mapId}`);
  await ready(bob);
  const header = bob.getByTestId('stage-header').filter({ hasText: 'Technician visit' });
  await header.hover();
  await header.getByRole('button', { name: 'Delete stage Technician visit' }).click();
  const dialog = bob.getByRole('dialog', { name: /Delete stage “Technician visit”\?/ });
  await dialog.getByText('Delete them too').click();
  await dialog.getByRole('button', { name: 'Delete stage' }).click();
  for (const page of [alice, bob]) {
    for (const title of GONE) await expect(card(page, title)).toHaveCount(0);
  }

  // Alice opens History with its key, and previews the version she named.
  await alice.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await alice.keyboard.press('Control+Alt+Shift+H');
  await expect(panel).toBeVisible();
  await named.getByRole('button').click();
  const banner = alice.getByTestId('preview-banner');
  await expect(banner).toContainText('Previewing Before workshop');
  for (const title of GONE) await expect(card(alice, title)).toBeVisible();
  await expect(alice.getByTestId('stage-header').filter({ hasText: 'Technician visit' })).toBeVisible();
  // Read-only: no editing tools, and N adds no card while previewing.
  await expect(alice.getByRole('button', { name: 'Add touchpoint' })).toHaveCount(0);
  const cards = await alice.getByTestId('touchpoint-card').count();
  await alice.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await alice.keyboard.press('n');
  await expect(alice.getByTestId('touchpoint-card')).toHaveCount(cards);
  // Bob, live, still sees the stage gone, and adds a card: it syncs behind Alice's preview.
  await expect(bob.getByTestId('stage-header').filter({ hasText: 'Technician visit' })).toHaveCount(0);
  await bob.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await bob.keyboard.press('n');
  await bob.keyboard.type('Late idea');
  await bob.keyboard.press('Enter');
  await expect(card(bob, 'Late idea')).toBeVisible();
  await alice.screenshot({ path: '/tmp/shots17/preview.png' });
  await expect(card(alice, 'Late idea')).toHaveCount(0);

  // Compare with now: the deleted cards are listed as removed and drawn ghosted on the canvas.
  await banner.getByRole('button', { name: 'Compare with now' }).click();
  const removed = panel.getByTestId('history-removed');
  for (const title of GONE) {
    await expect(removed.getByRole('button', { name: new RegExp(`^Card ${title}`) })).toBeVisible();
    await expect(card(alice, title)).toHaveAttribute('data-mark', 'removed');
  }
  await expect(card(alice, 'Agent call')).not.toHaveAttribute('data-mark', /./);
  // Compared with now: Bob's card is there, added since.
  await expect(card(alice, 'Late idea')).toHaveAttribute('data-mark', 'added');
  await expect(panel.getByTestId('history-added')).toContainText('Late idea');
  await expect(alice.getByTestId('stage-header').filter({ hasText: 'Technician visit' })).toHaveAttribute(
    'data-mark',
    'removed',
  );
  // A listed card is a way to it: selected and centred on the canvas.
  await removed.getByRole('button', { name: /^Card Technician at home/ }).click();
  await expect(card(alice, 'Technician at home')).toHaveClass(/is-selected/);
  await expect(card(alice, 'Technician at home')).toBeInViewport();
  // A card of the past has no quick bar: nothing edits it.
  await expect(alice.getByRole('toolbar', { name: /^Channel and emotion of/ })).toHaveCount(0);
  await alice.screenshot({ path: '/tmp/shots17/compare.png' });

  // Restore, after the confirmation: both screens show the cards again, and Alice is live.
  await banner.getByRole('button', { name: 'Restore this version' }).click();
  const confirm = alice.getByRole('dialog', { name: 'Restore this version?' });
  await expect(confirm).toContainText('A safety version is saved first');
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(confirm).toBeHidden();
  await expect(banner).toBeHidden();
  await expect(alice.getByTestId('restored-notice')).toContainText('Restored Before workshop');
  for (const page of [alice, bob]) {
    for (const title of GONE) await expect(card(page, title)).toBeVisible();
    await expect(page.getByTestId('stage-header').filter({ hasText: 'Technician visit' })).toBeVisible();
  }
  // The restore is in the history, with the safety version before it.
  await expect(panel.getByTestId('history-row').filter({ hasText: 'Before restore' })).toBeVisible();
  await expect(panel.locator('[data-reason="restored"]')).toContainText('of Before workshop');
  await alice.screenshot({ path: '/tmp/shots17/restored.png' });
  await bob.screenshot({ path: '/tmp/shots17/restored-bob.png' });

  // The version had no "Late idea": the restore took it away, for both.
  for (const page of [alice, bob]) await expect(card(page, 'Late idea')).toHaveCount(0);

  // Undo restores the safety version: the stage is gone again and Bob's card back, for both.
  await alice.getByTestId('restored-undo').click();
  for (const page of [alice, bob]) {
    for (const title of GONE) await expect(card(page, title)).toHaveCount(0);
    await expect(card(page, 'Late idea')).toBeVisible();
  }
});

async function viewerLink(request: APIRequestContext, mapId: string) {
  const res = await request.post(`/api/maps/${mapId}/links`, {
    data: { role: 'viewer', expiresInHours: null },
  });
  expect(res.ok()).toBe(true);
  const { link } = (await res.json()) as { link: { token: string } };
  return `/map/${mapId}?token=${encodeURIComponent(link.token)}`;
}

test('a viewer lists, previews and exports a version, but saves and restores nothing', async ({
  browser,
  baseURL,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Outage review', template: 'sample' });
  const saved = await request.post(`/api/maps/${mapId}/versions`, { data: { name: 'Exec review' } });
  expect(saved.status()).toBe(201);
  const context = await withIdentity(await browser.newContext({ baseURL }), 'Vera');
  const page = await context.newPage();
  await page.goto(await viewerLink(request, mapId));
  await ready(page);

  await page.getByTestId('history-button').click();
  const panel = page.getByTestId('history-panel');
  const row = panel.getByTestId('history-row').filter({ hasText: 'Exec review' });
  await expect(row).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Save version…' })).toHaveCount(0);
  await row.getByRole('button').click();
  const banner = page.getByTestId('preview-banner');
  await expect(banner).toContainText('Previewing Exec review');
  await expect(banner.getByRole('button', { name: 'Restore this version' })).toHaveCount(0);

  // The export dialog exports the version, named after it.
  await banner.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export “Exec review”' });
  await expect(dialog.getByTestId('export-file')).toContainText('outage-review-exec-review-');
  await page.screenshot({ path: '/tmp/shots17/viewer-export.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('Escape');
  await expect(banner).toBeHidden();
  await context.close();
});

test('"changed since the session began" marks the cards people touch, as they touch them', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Live marks', template: 'sample' });
  for (const page of [alice, bob]) {
    await page.goto(`/map/${mapId}`);
    await ready(page);
  }
  await alice.getByTestId('history-button').click();
  const toggle = alice.getByTestId('history-session-changes');
  await expect(toggle).toBeEnabled();
  await toggle.check();
  await expect(alice.locator('[data-mark]')).toHaveCount(0);

  // Bob types into a card's description: Alice sees it marked changed.
  await card(bob, 'Agent call').click();
  const description = bob.getByTestId('touchpoint-panel').getByLabel('Description');
  await description.click();
  await bob.keyboard.type('Callback within the hour');
  await expect(card(alice, 'Agent call')).toHaveAttribute('data-mark', 'changed');

  // He adds a card, typing its title: marked added on Alice's screen as it arrives.
  await bob.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await bob.keyboard.press('n');
  await bob.keyboard.type('Callback promise');
  await bob.keyboard.press('Enter');
  await expect(card(alice, 'Callback promise')).toHaveAttribute('data-mark', 'added');
  await expect(card(alice, 'Status page')).not.toHaveAttribute('data-mark', /./);
  await alice.screenshot({ path: '/tmp/shots17/session-changes.png' });

  await toggle.uncheck();
  await expect(alice.locator('[data-mark]')).toHaveCount(0);
});
