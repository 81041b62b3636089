import { expect, test } from './fixtures';

/** The trash: a map moved there is closed for everyone and only its owner can bring it back. */
test('a trashed map is restored by its owner from the maps page', async ({ twoUsers }) => {
  test.slow(); // two browsers and several page loads
  const { alice, bob } = twoUsers;
  await alice.goto('/');
  await alice.getByRole('button', { name: 'New map' }).click();
  const dialog = alice.getByRole('dialog', { name: 'New map' });
  await dialog.getByLabel('Title').fill('Churn journey');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(alice).toHaveURL(/\/map\/[A-Za-z0-9_-]+/);
  const mapUrl = alice.url();

  // Bob, another browser on this open server, may edit it but not delete it.
  await bob.goto('/');
  const bobsRow = bob.getByTestId('map-row').filter({ hasText: 'Churn journey' });
  await expect(bobsRow).toBeVisible();
  await expect(bobsRow.getByRole('button', { name: 'Move to trash' })).toHaveCount(0);
  await bob.goto(mapUrl);
  await expect(bob.getByTestId('editor-map-title')).toHaveText('Churn journey');

  await alice.goto('/');
  // Other specs share this server and may have trashed maps of their own: only this one counts.
  const trashed = alice.getByTestId('trash-row').filter({ hasText: 'Churn journey' });
  await expect(trashed).toHaveCount(0);
  await alice
    .getByTestId('map-row')
    .filter({ hasText: 'Churn journey' })
    .getByRole('button', { name: 'Move to trash' })
    .click();
  await alice
    .getByRole('dialog', { name: /Move “Churn journey” to the trash\?/ })
    .getByRole('button', { name: 'Move to trash' })
    .click();
  await expect(alice.getByTestId('map-row').filter({ hasText: 'Churn journey' })).toHaveCount(0);
  await expect(trashed).toBeVisible();
  // Bob's open page is closed as deleted; his trash does not hold Alice's map.
  await expect(bob.getByText(/no longer exists/).first()).toBeVisible();
  await bob.goto('/');
  await expect(bob.getByTestId('map-row').first()).toBeVisible();
  await expect(bob.getByTestId('trash-row').filter({ hasText: 'Churn journey' })).toHaveCount(0);

  await trashed.getByRole('button', { name: 'Restore' }).click();
  await expect(trashed).toHaveCount(0);
  const restored = alice.getByTestId('map-row').filter({ hasText: 'Churn journey' });
  await expect(restored).toBeVisible();
  await alice.reload();
  await restored.getByTestId('map-title').click();
  await expect(alice.getByTestId('editor-map-title')).toHaveText('Churn journey');
});
