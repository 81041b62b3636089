import type { Page } from '@playwright/test';
import { createMapViaApi, expect, test, withIdentity } from './fixtures';

/**
 * Two people on one map: everything one does, the other sees live, and it survives a reload.
 */
test('a stage, a phone touchpoint and its emotion sync live to a colleague and survive reload', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Workshop map', template: 'blank' });

  await Promise.all([alice.goto(`/map/${mapId}`), bob.goto(`/map/${mapId}`)]);
  for (const page of [alice, bob]) {
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
    await expect(page.getByTestId('stage-header')).toHaveCount(6);
  }
  await expect(bob.getByTestId('emotion-curve')).toHaveAttribute('data-points', '');

  // Alice adds a stage and names it inline.
  await alice.getByRole('button', { name: 'Add stage', exact: true }).click();
  const nameInput = alice.getByLabel('Stage name');
  await nameInput.fill('Get help');
  await nameInput.press('Enter');
  await expect(bob.getByTestId('stage-header').filter({ hasText: 'Get help' })).toBeVisible();
  await expect(bob.getByTestId('stage-header')).toHaveCount(7);

  // With the new stage selected, she adds a touchpoint to it and edits it in the side panel.
  await alice
    .getByTestId('stage-header')
    .filter({ hasText: 'Get help' })
    .getByRole('button', { name: 'Get help', exact: true })
    .click();
  await alice.getByRole('button', { name: 'Add touchpoint', exact: true }).click();
  await alice.getByLabel('Title', { exact: true }).fill('Call support line');
  await alice.getByLabel('Title', { exact: true }).press('Enter');
  await alice.getByTestId('touchpoint-panel').getByLabel('Channel').selectOption('phone');
  await alice.getByRole('button', { name: /Emotion -2/ }).click();

  const bobCard = bob.getByTestId('touchpoint-card').filter({ hasText: 'Call support line' });
  await expect(bobCard).toBeVisible();
  await expect(bobCard.getByTestId('hub-badge')).toBeVisible();
  await expect(bobCard).toHaveAttribute('data-hub', 'true');
  await expect(bobCard).toHaveAttribute('data-emotion', '-2');
  await expect(bob.getByTestId('emotion-curve')).toHaveAttribute('data-points', '-2');
  await expect(bob.getByTestId('emotion-point')).toHaveCount(1);

  // The card stands in the new stage's column: its centre lies inside the header's x range.
  const header = await bob.getByTestId('stage-header').filter({ hasText: 'Get help' }).boundingBox();
  const card = await bobCard.boundingBox();
  expect(header && card).toBeTruthy();
  const cx = card!.x + card!.width / 2;
  expect(cx).toBeGreaterThan(header!.x);
  expect(cx).toBeLessThan(header!.x + header!.width);

  // Alice changes her mind about the emotion: Bob's curve follows.
  await alice.getByRole('button', { name: /Emotion \+1/ }).click();
  await expect(bob.getByTestId('emotion-curve')).toHaveAttribute('data-points', '1');

  await bob.reload();
  await expect(bob.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  const reloaded = bob.getByTestId('touchpoint-card').filter({ hasText: 'Call support line' });
  await expect(reloaded).toHaveAttribute('data-hub', 'true');
  await expect(reloaded).toHaveAttribute('data-emotion', '1');
  await expect(bob.getByTestId('stage-header').filter({ hasText: 'Get help' })).toBeVisible();
});

test('edits made while offline are kept and sync when the network is back', async ({
  browser,
  request,
  baseURL,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Flaky Wi-Fi', template: 'blank' });
  const offlineCtx = await withIdentity(await browser.newContext({ baseURL }), 'Alice');
  const onlineCtx = await withIdentity(await browser.newContext({ baseURL }), 'Bob');
  try {
    const alice = await offlineCtx.newPage();
    const bob = await onlineCtx.newPage();
    await Promise.all([alice.goto(`/map/${mapId}`), bob.goto(`/map/${mapId}`)]);
    await expect(alice.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
    await expect(bob.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
    // The service worker has cached the app shell, so a reload works offline.
    await alice.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await offlineCtx.setOffline(true);
    await expect(alice.getByTestId('connection-status')).toHaveAttribute('data-status', 'offline');
    await alice.getByRole('button', { name: 'Add stage', exact: true }).click();
    await alice.getByLabel('Stage name').fill('Written offline');
    await alice.getByLabel('Stage name').press('Enter');
    await expect(alice.getByTestId('stage-header').filter({ hasText: 'Written offline' })).toBeVisible();
    // Bob cannot see it yet: it only exists in Alice's tab (and her IndexedDB copy).
    await expect(bob.getByTestId('stage-header')).toHaveCount(6);
    // A reload while offline: the map, her edit and the server's stages, comes from her local copy.
    await alice.reload();
    await expect(alice.getByTestId('stage-header').filter({ hasText: 'Written offline' })).toBeVisible();
    await expect(alice.getByTestId('stage-header')).toHaveCount(7);
    await expect(alice.getByTestId('connection-status')).toHaveAttribute('data-status', 'offline');

    await offlineCtx.setOffline(false);
    await expect(alice.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
    await expect(bob.getByTestId('stage-header').filter({ hasText: 'Written offline' })).toBeVisible();
  } finally {
    await Promise.all([offlineCtx.close(), onlineCtx.close()]);
  }
});

/** How many updates a map's local copy holds (IndexedDB `journey-map-<id>`, store `updates`). */
const storedUpdates = (page: Page, mapId: string) =>
  page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error ?? new Error('cannot open the local copy'));
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('updates', 'readonly').objectStore('updates').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
    `journey-map-${mapId}`,
  );

test('a long offline session is compacted in the local copy and still reloads whole', async ({
  browser,
  request,
  baseURL,
}) => {
  test.slow();
  const mapId = await createMapViaApi(request, { title: 'Long train ride', template: 'sample' });
  const ctx = await withIdentity(await browser.newContext({ baseURL }), 'Alice');
  try {
    const alice = await ctx.newPage();
    await alice.goto(`/map/${mapId}`);
    await expect(alice.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', {
      timeout: 20_000,
    });
    await alice.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await ctx.setOffline(true);
    await expect(alice.getByTestId('connection-status')).toHaveAttribute('data-status', 'offline');

    // One update per keystroke: 600 of them, past the 500 that start a compaction.
    const typed = 'offline notes '.repeat(43).slice(0, 600);
    await alice.getByTestId('touchpoint-card').filter({ hasText: 'Agent call' }).click();
    const description = alice.getByTestId('touchpoint-panel').getByLabel('Description');
    await description.fill('');
    await description.click();
    await alice.keyboard.type(typed);
    await expect(description).toHaveValue(typed);
    // Without a compaction the copy would hold at least the 600 keystrokes.
    await expect.poll(() => storedUpdates(alice, mapId), { timeout: 10_000 }).toBeLessThan(500);
    expect(await storedUpdates(alice, mapId)).toBeGreaterThan(0);

    await alice.reload();
    await alice.getByTestId('touchpoint-card').filter({ hasText: 'Agent call' }).click();
    await expect(alice.getByTestId('touchpoint-panel').getByLabel('Description')).toHaveValue(typed);
    await expect(alice.getByTestId('connection-status')).toHaveAttribute('data-status', 'offline');
  } finally {
    await ctx.close();
  }
});
