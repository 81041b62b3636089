import { createMapViaApi, expect, test } from './fixtures';

/**
 * The sample map as a workshop sees it: hubs, connections, notes, the curve and the legend; the hub
 * override and stage deletion; screenshots for a person to look at (e2e/.screens/).
 */
test('the sample map shows hubs, routes, notes and the emotion curve, and screenshots well', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Journey maps', level: 1 })).toBeVisible();
  const mapId = await createMapViaApi(request, {
    title: 'Home internet: connection drops',
    template: 'sample',
  });
  await page.reload();
  await expect(page.getByTestId('map-row').first()).toBeVisible();
  await page.screenshot({ path: 'e2e/.screens/maps-page.png' });

  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(11);
  const hubs = page.locator('[data-testid=touchpoint-card][data-hub=true]');
  await expect(hubs).toHaveCount(3);
  await expect(hubs.filter({ hasText: 'IVR menu' })).toBeVisible();
  await expect(hubs.filter({ hasText: 'Agent call' })).toContainText('3 in');
  await expect(page.locator('.react-flow__edge')).toHaveCount(5);
  await expect(page.locator('.react-flow__edge .into-hub')).toHaveCount(4);
  await expect(page.getByTestId('pain-point')).toHaveCount(2);
  await expect(page.getByTestId('opportunity')).toHaveText(/Proactive outage SMS/);
  await expect(page.getByTestId('emotion-curve')).toHaveAttribute(
    'data-points',
    '-1,-1,-2,-2,1,-1,0,1,2,0,1',
  );
  await expect(page.getByTestId('legend')).toContainText('HUB');
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(page.getByTestId('stage-header').last()).toBeInViewport({ ratio: 0.95 });
  await page.screenshot({ path: 'e2e/.screens/sample-map.png' });

  await hubs.filter({ hasText: 'Agent call' }).click();
  await expect(page.getByTestId('touchpoint-panel')).toBeVisible();
  await page.screenshot({ path: 'e2e/.screens/touchpoint-panel.png' });
});

test('a facilitator unmarks a hub and deletes a stage, moving its cards next door', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Hubs', template: 'sample' });
  for (const page of [alice, bob]) {
    await page.goto(`/map/${mapId}`);
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  }
  const bobChat = bob.getByTestId('touchpoint-card').filter({ hasText: 'Chat with bot' });
  await expect(bobChat).toHaveAttribute('data-hub', 'true');

  await alice.getByTestId('touchpoint-card').filter({ hasText: 'Chat with bot' }).click();
  await alice
    .getByRole('group', { name: 'Contact-center hub' })
    .getByRole('button', { name: 'Not a hub' })
    .click();
  await expect(bobChat).toHaveAttribute('data-hub', 'false');
  await expect(bobChat.getByTestId('hub-badge')).toHaveCount(0);

  // Delete "Technician visit": its two cards move to the previous stage, for everyone. The map is
  // wider than the canvas and that header starts where the canvas ends: fit the map first, as a
  // user would (clicking it out of view left it to Playwright scrolling the canvas, a flaky step).
  await alice.getByRole('button', { name: 'Fit', exact: true }).click();
  const header = alice.getByTestId('stage-header').filter({ hasText: 'Technician visit' });
  await header.hover();
  await header.getByRole('button', { name: 'Delete stage Technician visit' }).click();
  const dialog = alice.getByRole('dialog', { name: /Delete stage “Technician visit”\?/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /Move them to/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Delete stage' }).click();
  await expect(dialog).toBeHidden();

  await expect(bob.getByTestId('stage-header')).toHaveCount(5);
  await expect(bob.getByTestId('stage-header').filter({ hasText: 'Technician visit' })).toHaveCount(0);
  await expect(bob.getByTestId('touchpoint-card')).toHaveCount(11);
  await expect(bob.getByTestId('touchpoint-card').filter({ hasText: 'Technician at home' })).toBeVisible();
});
