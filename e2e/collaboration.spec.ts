import { createMapViaApi, expect, test, withIdentity } from './fixtures';

/**
 * Two people on one map: everything one does, the other sees live, and it survives a reload.
 */
test('a stage, a phone touchpoint and its emotion sync live to a colleague and survive reload', async ({ twoUsers, request }) => {
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
  await alice.getByTestId('stage-header').filter({ hasText: 'Get help' }).getByRole('button', { name: 'Get help', exact: true }).click();
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

test('edits made while offline are kept and sync when the network is back', async ({ browser, request, baseURL }) => {
  const mapId = await createMapViaApi(request, { title: 'Flaky Wi-Fi', template: 'blank' });
  const offlineCtx = await withIdentity(await browser.newContext({ baseURL }), 'Alice');
  const onlineCtx = await withIdentity(await browser.newContext({ baseURL }), 'Bob');
  try {
    const alice = await offlineCtx.newPage();
    const bob = await onlineCtx.newPage();
    await Promise.all([alice.goto(`/map/${mapId}`), bob.goto(`/map/${mapId}`)]);
    await expect(alice.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
    await expect(bob.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');

    await offlineCtx.setOffline(true);
    await expect(alice.getByTestId('connection-status')).toHaveAttribute('data-status', 'offline');
    await alice.getByRole('button', { name: 'Add stage', exact: true }).click();
    await alice.getByLabel('Stage name').fill('Written offline');
    await alice.getByLabel('Stage name').press('Enter');
    await expect(alice.getByTestId('stage-header').filter({ hasText: 'Written offline' })).toBeVisible();
    // Bob cannot see it yet: it only exists in Alice's tab (and her IndexedDB copy).
    await expect(bob.getByTestId('stage-header')).toHaveCount(6);

    await offlineCtx.setOffline(false);
    await expect(alice.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
    await expect(bob.getByTestId('stage-header').filter({ hasText: 'Written offline' })).toBeVisible();
  } finally {
    await Promise.all([offlineCtx.close(), onlineCtx.close()]);
  }
});
