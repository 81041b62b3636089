import { expect, test } from './fixtures';

/** Link governance in the Share dialog: named links, the minting ceiling, revoke only where allowed. */
test('a guest with an expiring editor link shares only within it and cannot revoke the owner’s link', async ({
  twoUsers,
}) => {
  test.slow(); // two browsers
  const { alice, bob } = twoUsers;
  await alice.goto('/');
  await alice.getByRole('button', { name: 'New map' }).click();
  const newMap = alice.getByRole('dialog', { name: 'New map' });
  await newMap.getByLabel('Title').fill('Governed journey');
  await newMap.getByRole('button', { name: 'Create' }).click();
  await expect(alice.getByTestId('editor-map-title')).toHaveText('Governed journey');

  await alice.getByTestId('share-button').click();
  const share = alice.getByRole('dialog', { name: 'Share this map' });
  await share.getByLabel('Name').fill('Workshop guests');
  await share.locator('label.share-role', { hasText: 'Editor' }).click();
  await share.getByLabel('Expires').selectOption({ label: '1 day' });
  await share.getByRole('button', { name: 'Create link' }).click();
  const link = await share.getByTestId('share-new-link').inputValue();
  await expect(share.getByTestId('share-link-row').first()).toContainText('Workshop guests');
  await expect(share.getByTestId('share-link-row').first()).toContainText('shared by you');

  await bob.goto(link);
  await expect(bob.getByTestId('editor-map-title')).toHaveText('Governed journey');
  await bob.getByTestId('share-button').click();
  const bobShare = bob.getByRole('dialog', { name: 'Share this map' });
  const expires = bobShare.getByLabel('Expires');
  await expect(expires.locator('option')).toHaveText(['With my link']);
  const alicesRow = bobShare.getByTestId('share-link-row').filter({ hasText: 'Workshop guests' });
  await expect(alicesRow).toContainText('shared by the owner');
  await expect(alicesRow.getByRole('button', { name: 'Revoke' })).toHaveCount(0);

  await bobShare.locator('label.share-role', { hasText: 'Viewer' }).click();
  await bobShare.getByRole('button', { name: 'Create link' }).click();
  await expect(bobShare.getByTestId('share-new-link')).toHaveValue(/token=/);
  const bobsRow = bobShare.getByTestId('share-link-row').filter({ hasText: 'shared by you' });
  await expect(bobsRow).toHaveAttribute('data-role', 'viewer');
  await expect(bobsRow.getByRole('button', { name: 'Revoke' })).toBeVisible();
});
