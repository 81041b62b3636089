import type { Page } from '@playwright/test';
import { cardTitled, createMapViaApi, expect, storedMap, test, withIdentity } from './fixtures';

/**
 * The table view: the same map as the canvas, sorted, filtered and edited in place, with every
 * change going through the editor's commands so a colleague on the canvas sees it live.
 */
async function openTable(page: Page, mapId: string) {
  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', {
    timeout: 20_000,
  });
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('table')).toBeVisible();
}
const count = (page: Page) => page.locator('.table-count');
const titleInputs = (page: Page) => page.getByRole('table').locator('tbody th input');

test('sort, filter, edit a title and bulk-set the owner; a colleague on the canvas sees it live', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Table map', template: 'sample' });
  await openTable(alice, mapId);
  await bob.goto(`/map/${mapId}`);
  await expect(bob.getByTestId('touchpoint-card').first()).toBeVisible({ timeout: 20_000 });

  const total = await titleInputs(alice).count();
  expect(total).toBeGreaterThan(5);
  await expect(count(alice)).toHaveText(`${total} of ${total} touchpoints`);

  // Sort by title: ascending, then descending; aria-sort says which.
  const titleHeader = alice.getByRole('columnheader', { name: 'Title' });
  await titleHeader.getByRole('button').click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
  const asc = await titleInputs(alice).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(asc).toEqual([...asc].sort((a, b) => a.toLocaleLowerCase().localeCompare(b.toLocaleLowerCase())));
  await titleHeader.getByRole('button').click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
  const desc = await titleInputs(alice).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(desc).toEqual([...asc].reverse());

  // Filter by channel: only phone cards, counted; "Clear filters" brings all back.
  await alice.getByLabel('Filter by channel').selectOption('phone');
  const phones = await titleInputs(alice).count();
  expect(phones).toBeGreaterThan(0);
  expect(phones).toBeLessThan(total);
  await expect(count(alice)).toHaveText(`${phones} of ${total} touchpoints`);
  for (const select of await alice
    .getByRole('table')
    .getByLabel(/^Channel of /)
    .all())
    await expect(select).toHaveValue('phone');
  await alice.screenshot({ path: '/tmp/shots18/table-filtered.png' });
  await alice.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(alice)).toHaveText(`${total} of ${total} touchpoints`);

  // Edit a title in place (Enter commits): Bob's canvas shows it.
  const first = titleInputs(alice).first();
  await first.fill('Renamed in the table');
  await first.press('Enter');
  await expect(cardTitled(bob, 'Renamed in the table')).toBeVisible();
  // Esc cancels a draft: nothing is written.
  // (The table is still sorted by title, so the row moved: find it by its new name.)
  const renamed = alice.getByLabel('Title of Renamed in the table', { exact: true });
  await renamed.fill('Never saved');
  await renamed.press('Escape');
  await expect(renamed).toHaveValue('Renamed in the table');

  // Bulk: three rows checked, one owner for all of them.
  for (const box of (
    await alice
      .getByRole('table')
      .getByRole('checkbox', { name: /^Select (?!all)/ })
      .all()
  ).slice(0, 3))
    await box.check();
  await expect(alice.getByText('3 selected')).toBeVisible();
  await alice.getByLabel('Owner for the selected touchpoints').fill('Care team');
  await alice.getByRole('button', { name: 'Set owner' }).click();
  await alice.screenshot({ path: '/tmp/shots18/table-bulk.png', fullPage: true });

  await bob.getByRole('button', { name: 'Table', exact: true }).click();
  await bob.getByLabel('Filter by owner').selectOption('Care team');
  await expect(count(bob)).toHaveText(`3 of ${total} touchpoints`);
  await expect
    .poll(
      async () =>
        (await storedMap<{ touchpoints: { owner: string }[] }>(request, mapId)).touchpoints.filter(
          (t) => t.owner === 'Care team',
        ).length,
    )
    .toBe(3);

  // Notes and routes have their own tables: a pain point's text edited in place is saved.
  await alice.getByRole('button', { name: 'Notes', exact: true }).click();
  const noteText = alice.getByLabel(/^Text of pain point/).first();
  await noteText.fill('Edited in the notes table');
  await noteText.press('Enter');
  await expect
    .poll(async () => (await storedMap(request, mapId)).notes.map((n) => n.text))
    .toContain('Edited in the notes table');
  await alice.getByRole('button', { name: 'Routes', exact: true }).click();
  await expect(alice.getByRole('table').getByRole('row')).not.toHaveCount(1);
  await alice.screenshot({ path: '/tmp/shots18/table-routes.png' });
});

test('keyboard only: three stages and five cards built in the table, seen live on the canvas', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Keyboard map', template: 'blank' });
  await Promise.all([alice.goto(`/map/${mapId}`), bob.goto(`/map/${mapId}`)]);
  for (const page of [alice, bob])
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', {
      timeout: 20_000,
    });
  const before = await alice.getByTestId('stage-header').count();
  const kb = alice.keyboard;
  const focused = (name: string) =>
    alice.getByRole('button', { name, exact: true }).evaluate((el) => el === document.activeElement);

  // Tab to the view switch, Enter on "Table".
  for (let i = 0; i < 60 && !(await focused('Table')); i++) await kb.press('Tab');
  expect(await focused('Table')).toBe(true);
  await kb.press('Enter');
  await expect(alice.getByRole('table')).toBeVisible();

  // Tab to "+ Stage"; three stages, each named in its field (Shift+Tab goes back to it).
  for (let i = 0; i < 60 && !(await focused('+ Stage')); i++) await kb.press('Tab');
  const stages = ['Discover', 'Order', 'Receive'];
  for (const name of stages) {
    await kb.press('Enter');
    await expect(alice.getByLabel(`Stage ${before + stages.indexOf(name) + 1} name`)).toBeVisible();
    await kb.press('Shift+Tab');
    await kb.press('ControlOrMeta+a');
    await kb.type(name);
    await kb.press('Enter');
    await kb.press('Tab');
  }
  for (const name of stages)
    await expect(bob.getByTestId('stage-header').filter({ hasText: name })).toBeVisible();

  // Five cards: Tab to the add form's stage select, pick by typing, then "+ Touchpoint", then the title.
  const cards: [string, string][] = [
    ['Discover', 'See an ad'],
    ['Discover', 'Read reviews'],
    ['Order', 'Pay online'],
    ['Order', 'Get confirmation email'],
    ['Receive', 'Parcel arrives'],
  ];
  const stageSelect = alice.getByLabel('Stage of the new touchpoint');
  for (const [stage, title] of cards) {
    // The add form stands just above the table: Shift+Tab back to it from the last title typed.
    for (let i = 0; i < 60 && !(await stageSelect.evaluate((el) => el === document.activeElement)); i++)
      await kb.press(title === cards[0]![1] ? 'Tab' : 'Shift+Tab');
    await kb.type(stage);
    await expect(stageSelect.locator('option:checked')).toHaveText(stage);
    await kb.press('Tab'); // lane
    await kb.press('Tab'); // + Touchpoint
    await kb.press('Enter');
    await expect(alice.locator('tbody th input:focus')).toHaveValue('New touchpoint');
    await kb.type(title);
    await kb.press('Enter');
    await expect(cardTitled(bob, title)).toBeVisible();
  }
  await expect(count(alice)).toHaveText('5 of 5 touchpoints');
  await alice.screenshot({ path: '/tmp/shots18/table-keyboard.png', fullPage: true });
  await bob.screenshot({ path: '/tmp/shots18/table-keyboard-peer-canvas.png' });

  const stored = await storedMap(request, mapId);
  const stageOf = new Map(stored.stages.map((s) => [s.id, s.name]));
  expect(stored.touchpoints.map((t) => [stageOf.get(t.stageId), t.title]).sort()).toEqual([...cards].sort());
});

test('a viewer sees the table without editors, checkboxes or the add form', async ({
  browser,
  baseURL,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Viewer table', template: 'sample' });
  const res = await request.post(`/api/maps/${mapId}/links`, {
    data: { role: 'viewer', expiresInHours: null },
  });
  expect(res.ok()).toBe(true);
  const { link } = (await res.json()) as { link: { token: string } };
  const context = await withIdentity(await browser.newContext({ baseURL }), 'Vera');
  try {
    const page = await context.newPage();
    await openTable(page, `${mapId}?token=${encodeURIComponent(link.token)}`);
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
    await expect(page.getByRole('table').locator('input, select')).toHaveCount(0);
    await expect(page.getByLabel('Stage of the new touchpoint')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '+ Stage' })).toHaveCount(0);
    // Sorting and filtering are reading, so they stay.
    await page.getByRole('columnheader', { name: 'Owner' }).getByRole('button').click();
    await expect(page.getByRole('columnheader', { name: 'Owner' })).toHaveAttribute('aria-sort', 'ascending');
    await page.screenshot({ path: '/tmp/shots18/table-viewer.png' });
  } finally {
    await context.close();
  }
});
