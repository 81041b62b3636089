import { expect, test } from './fixtures';

/** The maps page: create, open, rename, duplicate and delete, as a person does it. */
test('create a map from the sample, rename, duplicate and delete it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Journey maps', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'New map' }).click();
  const dialog = page.getByRole('dialog', { name: 'New map' });
  await dialog.getByLabel('Title').fill('Broadband outage journey');
  await dialog.getByRole('radio', { name: 'Sample: Home internet — connection drops' }).check();
  await dialog.getByRole('button', { name: 'Create' }).click();

  // Creating opens the new map, with the sample's content.
  await expect(page).toHaveURL(/\/map\/[A-Za-z0-9_-]+/);
  await expect(page.getByTestId('editor-map-title')).toHaveText('Broadband outage journey');
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(11);
  await expect(page.getByTestId('hub-badge')).toHaveCount(3);

  await page.goto('/');
  const row = page.getByTestId('map-row').filter({ hasText: 'Broadband outage journey' });
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: 'Rename' }).click();
  const titleInput = page.getByRole('textbox', { name: 'Map title' });
  await titleInput.fill('Outage journey v2');
  await titleInput.press('Enter');
  const renamed = page
    .getByTestId('map-row')
    .filter({ has: page.getByTestId('map-title').getByText('Outage journey v2', { exact: true }) });
  await expect(renamed).toBeVisible();

  await renamed.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByTestId('map-row').filter({ hasText: 'Copy of Outage journey v2' })).toBeVisible();

  await renamed.getByRole('button', { name: 'Move to trash' }).click();
  const confirm = page.getByRole('dialog', { name: /Move “Outage journey v2” to the trash\?/ });
  await expect(confirm).toContainText('You can restore it from the Trash');
  await confirm.getByRole('button', { name: 'Move to trash', exact: true }).click();
  await expect(page.getByTestId('map-title').filter({ hasText: /^Outage journey v2$/ })).toHaveCount(0);
  await expect(page.getByTestId('map-row').filter({ hasText: 'Copy of Outage journey v2' })).toBeVisible();

  // The list is the server's: a reload shows the same.
  await page.reload();
  await expect(page.getByTestId('map-title').filter({ hasText: /^Outage journey v2$/ })).toHaveCount(0);
  await expect(page.getByTestId('map-row').filter({ hasText: 'Copy of Outage journey v2' })).toBeVisible();
});

test('a blank map opens with the default stages and lanes; an unknown map says so', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New map' }).click();
  const dialog = page.getByRole('dialog', { name: 'New map' });
  await dialog.getByLabel('Title').fill('Blank workshop');
  await dialog.getByLabel('Title').press('Enter');
  await expect(page.getByTestId('editor-map-title')).toHaveText('Blank workshop');
  await expect(page.getByTestId('stage-header').locator('.stage-name')).toHaveText([
    'Aware',
    'Consider',
    'Buy',
    'Use',
    'Support',
    'Loyalty',
  ]);
  await expect(page.getByTestId('lane-touchpoints')).toBeVisible();
  await expect(page.getByTestId('lane-emotions')).toBeVisible();

  await page.goto('/map/does-not-exist');
  await expect(page.getByRole('heading', { name: 'Map not found' })).toBeVisible();
});
