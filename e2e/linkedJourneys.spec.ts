import { createMapViaApi, expect, test, withIdentity } from './fixtures';

/**
 * Linked journeys (issue 21): a touchpoint gets a child map from its panel ("Create child map"), its
 * card shows the ↳ chip, the chip opens the child, the child's breadcrumb returns to the parent, a
 * peer's edit in the child reaches the parent's roll-up without a reload, and the maps page shows
 * the lifecycle tree. Real clicks and typing; no test ids.
 */
test('a touchpoint linked to a child map: chip, breadcrumb, live roll-up, lifecycle tree', async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(120_000);
  // Alice's screen is a sharp one, so the screenshots of the small chip can be read.
  const aliceContext = await withIdentity(
    await browser.newContext({ baseURL, deviceScaleFactor: 2, viewport: { width: 1500, height: 950 } }),
    'Alice',
  );
  const bobContext = await withIdentity(await browser.newContext({ baseURL }), 'Bob');
  const alice = await aliceContext.newPage();
  const bob = await bobContext.newPage();
  const parentId = await createMapViaApi(request, { title: 'Home insurance lifecycle', template: 'sample' });
  await alice.goto(`/map/${parentId}`);
  const card = alice.getByLabel('Status page', { exact: true });
  await expect(card).toBeVisible({ timeout: 20_000 });

  // Alice links "Status page" to a new child map from its panel.
  await card.click();
  const linked = alice.getByRole('region', { name: 'Linked journey' });
  await expect(linked).toContainText('Link a map that details this touchpoint');
  await linked.getByRole('button', { name: 'Create child map' }).click();
  const chip = card.getByRole('button', { name: 'Open linked journey Status page' });
  await expect(chip).toBeVisible();
  // The child is blank: no touchpoints yet.
  await expect(linked).toContainText('No touchpoints yet');
  await card.screenshot({ path: 'e2e/.screens/link-chip.png' });

  // The chip opens the child; its header's breadcrumb goes back to the parent.
  await chip.click();
  await expect(alice).not.toHaveURL(new RegExp(`/map/${parentId}`));
  const childId = new URL(alice.url()).pathname.split('/').pop() ?? '';
  expect(childId).not.toBe('');
  const crumb = alice.getByRole('navigation', { name: 'Parent journeys' });
  await expect(crumb.getByRole('link', { name: 'Home insurance lifecycle' })).toBeVisible();
  await expect(alice.getByRole('button', { name: 'Status page', exact: true })).toBeVisible();
  await alice.locator('.editor-header').screenshot({ path: 'e2e/.screens/breadcrumb.png' });
  await crumb.getByRole('link', { name: 'Home insurance lifecycle' }).click();
  await expect(alice).toHaveURL(new RegExp(`/map/${parentId}`));
  const chipAgain = alice
    .getByLabel('Status page', { exact: true })
    .getByRole('button', { name: 'Open linked journey Status page' });
  await expect(chipAgain).toBeVisible();
  // The keyboard way: Shift+Enter on the selected card opens its linked journey too.
  // On the card's channel line: the chip in the middle of the card opens the child instead.
  await alice.getByLabel('Status page', { exact: true }).click({ position: { x: 40, y: 12 } });
  await alice.keyboard.press('Shift+Enter');
  await expect(alice).toHaveURL(new RegExp(`/map/${childId}`));
  await alice.goBack();
  await expect(chipAgain).toBeVisible({ timeout: 20_000 });

  // Bob, in his own browser, adds an unhappy card with no owner to the child map.
  await bob.goto(`/map/${childId}`);
  await expect(bob.getByRole('button', { name: 'Status page', exact: true })).toBeVisible({
    timeout: 20_000,
  });
  await bob.getByRole('button', { name: 'Add touchpoint' }).click();
  await bob.keyboard.type('Call to ask where the fix is');
  await bob.keyboard.press('Enter');
  await bob.getByLabel('Call to ask where the fix is', { exact: true }).click();
  await bob.getByRole('button', { name: 'Emotion -2 Frustrated' }).click();

  // Alice's parent shows it without a reload: the roll-up on the card and in the panel.
  const parentCard = alice.getByLabel('Status page', { exact: true });
  await expect(parentCard.getByRole('img', { name: 'Average emotion Frustrated (−2.0)' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(parentCard).toContainText('1 unowned');
  await parentCard.click({ position: { x: 40, y: 12 } });
  await expect(linked).toContainText('Frustrated (−2.0)');
  await expect(linked.getByRole('definition').first()).toHaveText('1');
  await alice
    .getByLabel('Status page', { exact: true })
    .screenshot({ path: 'e2e/.screens/link-chip-rollup.png' });
  await linked.screenshot({ path: 'e2e/.screens/linked-panel.png' });

  // The maps page's lifecycle view: the child under its parent.
  await alice.getByRole('link', { name: 'All maps' }).click();
  await alice.getByRole('button', { name: 'Lifecycle' }).click();
  const tree = alice.getByRole('tree', { name: 'Maps by lifecycle' });
  const parentNode = tree.getByRole('treeitem', { name: /Home insurance lifecycle/ });
  await expect(parentNode.getByRole('group').getByRole('link', { name: 'Status page' })).toBeVisible();
  await tree.screenshot({ path: 'e2e/.screens/lifecycle-tree.png' });
  await Promise.all([aliceContext.close(), bobContext.close()]);
});

test('a stage links a map picked by search; a deleted child says so; unlink removes the chip', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  const childId = await createMapViaApi(request, { title: 'Claims journey', template: 'blank' });
  await createMapViaApi(request, { title: 'Renewal journey', template: 'blank' });
  const parentId = await createMapViaApi(request, { title: 'Policy lifecycle', template: 'blank' });
  await page.goto(`/map/${parentId}`);
  const stageName = page.getByRole('button', { name: 'Aware', exact: true });
  await expect(stageName).toBeVisible({ timeout: 20_000 });

  // The stage's panel: search the maps, pick one.
  await stageName.click();
  const linked = page.getByRole('region', { name: 'Linked journey' });
  await linked.getByRole('button', { name: 'Link a map…' }).click();
  await linked.getByRole('searchbox', { name: 'Link a map' }).fill('claim');
  const choices = linked.getByRole('list', { name: 'Maps to link' });
  await expect(choices.getByRole('button')).toHaveText(['Claims journey']);
  await linked.screenshot({ path: 'e2e/.screens/map-picker.png' });
  await choices.getByRole('button', { name: 'Claims journey' }).click();
  const chip = page.getByRole('button', { name: 'Open linked journey Claims journey' });
  await expect(chip).toBeVisible();
  await expect(linked.getByRole('button', { name: 'Open Claims journey' })).toBeVisible();
  await page.screenshot({
    path: 'e2e/.screens/stage-chip.png',
    clip: { x: 0, y: 100, width: 1000, height: 260 },
  });

  // The child goes to the trash: the open parent says so, without a reload.
  expect((await request.delete(`/api/maps/${childId}`)).ok()).toBe(true);
  await expect(page.getByText('Linked map was deleted').first()).toBeVisible({ timeout: 20_000 });

  // Unlink: the chip goes.
  await page.getByRole('button', { name: 'Aware', exact: true }).click();
  await page.getByRole('region', { name: 'Linked journey' }).getByRole('button', { name: 'Unlink' }).click();
  await expect(page.getByText('Linked map was deleted')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Linked journey' })).toContainText(
    'Link a map that details this stage',
  );
});
