import type { APIRequestContext, Page } from '@playwright/test';
import { downloadFrom } from './exportFiles';
import { createMapViaApi, expect, test, withIdentity } from './fixtures';

/**
 * The actions page across maps: two maps with actions, the page lists them with counts, filters by
 * overdue, and a status changed on the page reaches an editor open on that map in another context,
 * live. The maps page shows each map's digest.
 */

interface SeedAction {
  title: string;
  status: string;
  owner?: string;
  due?: string;
  cxArea?: string;
  value?: number;
  effort?: number;
  link?: string;
}

/**
 * A sample map with `actions` on its first opportunity, made as a person would bring one in: its
 * JSON file (export, add the actions, import).
 */
async function mapWithActions(
  request: APIRequestContext,
  title: string,
  actions: SeedAction[],
): Promise<string> {
  const sampleId = await createMapViaApi(request, { title, template: 'sample' });
  const res = await request.get(`/api/maps/${sampleId}/export.json`);
  const file = (await res.json()) as {
    map: { notes: Array<{ id: string; kind: string }>; actions?: unknown[] };
  };
  const note = file.map.notes.find((n) => n.kind === 'opportunity')!;
  file.map.actions = actions.map((a, i) => ({
    id: `act_${title.replace(/\W/g, '')}_${i}`,
    noteId: note.id,
    order: `a${i}`,
    createdAt: Date.now(),
    ...a,
  }));
  const imported = await request.post('/api/maps/import', { data: file });
  expect(imported.ok(), await imported.text()).toBe(true);
  await request.delete(`/api/maps/${sampleId}`);
  return ((await imported.json()) as { map: { id: string } }).map.id;
}

const row = (page: Page, title: string) => page.getByTestId('action-row').filter({ hasText: title });

test('actions across maps: counts, overdue filter, a status change reaching an open editor, the maps page digest', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  test.slow();
  const stamp = Date.now().toString(36);
  const broadband = `Broadband ${stamp}`;
  const mobile = `Mobile ${stamp}`;
  const broadbandId = await mapWithActions(request, broadband, [
    {
      title: 'Rewrite the IVR menu',
      status: 'planned',
      owner: 'Ana',
      due: '2020-01-15',
      cxArea: 'design',
      value: 4,
      effort: 2,
      link: 'https://github.com/acme/ivr/issues/12',
    },
    { title: 'Publish an outage map', status: 'idea', owner: 'Ana' },
  ]);
  const mobileId = await mapWithActions(request, mobile, [
    { title: 'Call back within a day', status: 'doing', owner: 'Ben', due: '2099-06-01' },
    { title: 'Retire paper bills', status: 'done', due: '2020-02-01' },
  ]);

  // Bob has the mobile map open in his own browser.
  const bobContext = await withIdentity(await browser.newContext({ baseURL }), 'Bob');
  const bob = await bobContext.newPage();
  await bob.goto(`/map/${mobileId}`);
  await expect(bob.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', {
    timeout: 20_000,
  });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.getByRole('link', { name: 'Actions', exact: true }).click();
  await expect(page).toHaveURL(/\/actions$/);
  await expect(row(page, 'Rewrite the IVR menu')).toBeVisible();

  // Narrowed to the two maps (other specs' maps may share the server), with counts per option.
  const mapFilter = page.getByRole('combobox', { name: 'Map', exact: true });
  await expect(mapFilter).toContainText(`${broadband} (2)`);
  await expect(mapFilter).toContainText(`${mobile} (2)`);
  await mapFilter.selectOption({ label: `${broadband} (2)` });
  await expect(page).toHaveURL(new RegExp(`map=${broadbandId}`));
  await expect(page.getByRole('heading', { name: '2 actions · 2 open · 1 overdue' })).toBeVisible();
  const ivr = row(page, 'Rewrite the IVR menu');
  await expect(ivr).toContainText('Overdue');
  await expect(ivr).toContainText('Ana');
  await expect(ivr).toContainText('Design');
  await expect(ivr).toContainText('V 4 · E 2');
  await expect(ivr.getByRole('link', { name: 'github.com' })).toHaveAttribute(
    'href',
    'https://github.com/acme/ivr/issues/12',
  );
  await page.screenshot({ path: '/tmp/pages-actions-1280.png', fullPage: true });

  await mapFilter.selectOption({ label: `${mobile} (2)` });
  await expect(page.getByRole('heading', { name: '2 actions · 1 open · 0 overdue' })).toBeVisible();
  // Done late is not overdue; overdue only across both maps shows the IVR action alone of ours.
  await mapFilter.selectOption({ label: 'All maps' });
  await page.getByLabel(/Overdue only/).check();
  await expect(row(page, 'Rewrite the IVR menu')).toBeVisible();
  for (const title of ['Publish an outage map', 'Call back within a day', 'Retire paper bills'])
    await expect(row(page, title)).toHaveCount(0);
  // The filters live in the URL: a reload keeps them.
  await page.reload();
  await expect(page.getByLabel(/Overdue only/)).toBeChecked();
  await expect(row(page, 'Call back within a day')).toHaveCount(0);
  await page.getByLabel(/Overdue only/).uncheck();

  // A change the server refuses is put back, and the page says why.
  const callBack = row(page, 'Call back within a day');
  await page.route('**/api/maps/*/actions/*', (route) =>
    route.fulfill({
      status: 403,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'Only editors can change or share this map.', code: 'role_forbidden' }),
    }),
  );
  await callBack.getByLabel('Status of “Call back within a day”').selectOption('dropped');
  await expect(page.getByText('Could not change the status of “Call back within a day”')).toBeVisible();
  await expect(callBack.getByLabel('Status of “Call back within a day”')).toHaveValue('doing');
  await page.unrouteAll();

  // Changing a status on the page writes to the map: Bob, on it, has it without reloading.
  await callBack.getByLabel('Status of “Call back within a day”').selectOption('done');
  await expect(callBack.getByLabel('Status of “Call back within a day”')).toHaveValue('done');
  // Each look is a whole JSON export from Bob's tab (seconds): poll with room for a few.
  await expect
    .poll(
      async () => {
        await bob.getByRole('button', { name: 'Export', exact: true }).click();
        const dialog = bob.getByRole('dialog', { name: 'Export map' });
        await dialog.getByRole('radio', { name: 'JSON' }).check();
        const json = await downloadFrom(bob, dialog);
        await dialog.getByRole('button', { name: 'Close' }).click();
        const file = JSON.parse(json.bytes.toString('utf8')) as {
          map: { actions?: Array<{ title: string; status: string }> };
        };
        return file.map.actions?.find((a) => a.title === 'Call back within a day')?.status;
      },
      { timeout: 30_000 },
    )
    .toBe('done');
  // The page's own list, fetched again, agrees.
  await page.reload();
  await expect(row(page, 'Call back within a day').getByLabel(/Status of/)).toHaveValue('done');

  // The row opens its map at the note.
  await row(page, 'Call back within a day').getByRole('link', { name: 'Call back within a day' }).click();
  await expect(page).toHaveURL(new RegExp(`/map/${mobileId}`));
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('note-panel')).toBeVisible();
  await expect(page).not.toHaveURL(/focus=/);

  // The maps page: each map's digest.
  await page.goto('/');
  const broadbandRow = page.getByTestId('map-row').filter({ hasText: broadband });
  const digest = broadbandRow.getByTestId('map-digest');
  await expect(digest).toContainText('2 open actions');
  await expect(digest).toContainText('1 overdue');
  await expect(digest).toContainText(/Health \d+/);
  await expect(
    page.getByTestId('map-row').filter({ hasText: mobile }).getByTestId('map-digest'),
  ).toContainText('No open actions');
  await page.screenshot({ path: '/tmp/pages-maps-1280.png' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: '/tmp/pages-maps-1024.png' });
  await page.goto('/actions');
  await expect(row(page, 'Rewrite the IVR menu')).toBeVisible();
  await page.screenshot({ path: '/tmp/pages-actions-1024.png', fullPage: true });
  await bobContext.close();
});
