import { createMapViaApi, expect, openMapFitted, test } from './fixtures';

/**
 * The server's persona library: Alice creates a persona on /personas and Bob, in another browser
 * context, sees it appear live and edits it back; Alice then links it to a map from the editor's
 * Personas picker; and a map whose persona is free text moves it into the library.
 */
test('persona library: live between two contexts, linked to a map, free text migrated', async ({
  twoUsers: { alice, bob },
  request,
}) => {
  // Two contexts, three page loads and two maps: longer than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const name = `Dana ${Math.random().toString(36).slice(2, 7)}`;
  await Promise.all([alice.goto('/personas'), bob.goto('/personas')]);
  await expect(alice.getByRole('heading', { name: 'Personas', level: 1 })).toBeVisible();
  await expect(alice.getByText('Loading the persona library…')).toBeHidden();
  await alice.getByRole('button', { name: 'New persona' }).click();
  const editor = alice.getByRole('region', { name: /^Edit / });
  await editor.getByLabel('Name').fill(name);
  await editor.getByLabel('Role').fill('Small-business owner, 42');
  await editor.getByLabel('Quote').fill('Just tell me what happens next');
  await editor.getByLabel('Goals (one per line)').fill('Fast answers\nOne contact');

  const bobCard = bob.getByRole('button', { name: new RegExp(name) });
  await expect(bobCard).toBeVisible();
  await expect(bobCard).toContainText('Small-business owner, 42');
  await expect(bobCard).toContainText('Just tell me what happens next');
  await bobCard.click();
  await bob
    .getByRole('region', { name: /^Edit / })
    .getByLabel('Role')
    .fill('Shop owner');
  await expect(alice.getByRole('button', { name: new RegExp(name) })).toContainText('Shop owner');
  await alice.screenshot({ path: 'test-results/persona-library.png' });
  // Escape closes the editor (every edit is already saved), as Close does.
  await bob.keyboard.press('Escape');
  await expect(bob.getByRole('region', { name: /^Edit / })).toHaveCount(0);

  // Link it to a map from the editor.
  const mapId = await createMapViaApi(request, { title: 'Persona map', template: 'sample' });
  await openMapFitted(alice, mapId);
  await alice.getByTestId('personas-button').click();
  const picker = alice.getByRole('dialog', { name: 'Personas of this map' });
  await picker.getByRole('checkbox', { name: new RegExp(name) }).check();
  await expect(alice.getByTestId('personas-button')).toContainText('Personas (1)');
  await alice.screenshot({ path: 'test-results/persona-picker.png' });
  await openMapFitted(bob, mapId);
  await expect(bob.getByTestId('personas-button')).toContainText('Personas (1)');

  // A map with a free-text persona (the sample's) moves it into the library.
  const other = await createMapViaApi(request, { title: 'Free-text persona', template: 'sample' });
  await openMapFitted(alice, other);
  await alice.getByTestId('personas-button').click();
  await alice.getByRole('button', { name: 'Move to persona library' }).click();
  await expect(alice.getByTestId('personas-button')).toContainText('Personas (1)');
  await expect(
    alice
      .getByRole('dialog', { name: 'Personas of this map' })
      .getByRole('checkbox', { name: /Home-internet customer whose connection drops/ }),
  ).toBeChecked();
  await bob.goto('/personas');
  await expect(
    bob.getByRole('button', { name: /Home-internet customer whose connection drops/ }).first(),
  ).toBeVisible();
});
