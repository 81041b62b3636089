import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { parseCsv } from '../model/sheet';
import { downloadFrom } from './exportFiles';
import { cardTitled, createMapViaApi, expect, storedMap, test } from './fixtures';

/**
 * The spreadsheet round trip as a person does it: export CSV or Excel from the open map, edit the
 * file, import it back through the mapping dialog; and a new map from a spreadsheet on the maps page.
 */
const CARDS = 11;

async function openMap(page: Page, mapId: string) {
  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(CARDS);
}

async function exportAs(page: Page, format: string) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export map' });
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  const file = await downloadFrom(page, dialog);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return file;
}

/** Picks a file through "Import spreadsheet" (the editor's "Import", or the maps page's button). */
async function importFile(page: Page, button: Locator, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
  const dialog = page.getByRole('dialog', { name: `Import “${name}”` });
  await expect(dialog).toBeVisible();
  return dialog;
}
const editorImport = (page: Page) => page.getByRole('button', { name: 'Import spreadsheet' });

/** A CSV as spreadsheets write it (every field quoted, CRLF). */
const toCsv = (rows: readonly (readonly string[])[]) =>
  rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';

test('CSV export → edit a title and an emotion → import updates the same cards, and a colleague sees it', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  const mapId = await createMapViaApi(request, { title: 'Round trip', template: 'sample' });
  await openMap(alice, mapId);
  await openMap(bob, mapId);
  const before = await storedMap(request, mapId);
  const ivr = before.touchpoints.find((t) => t.title === 'IVR menu')!;

  const csv = await exportAs(alice, 'CSV');
  const parsed = parseCsv(csv.bytes.toString('utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const { headers, rows } = parsed.table;
  const edited = rows.map((r) => [...r]);
  const row = edited.find((r) => r[headers.indexOf('Id')] === ivr.id)!;
  row[headers.indexOf('Title')] = 'Voice menu';
  row[headers.indexOf('Emotion')] = '1';

  const dialog = await importFile(
    alice,
    editorImport(alice),
    'round-trip.csv',
    Buffer.from(toCsv([headers, ...edited])),
  );
  await expect(dialog.getByTestId('sheet-import-counts')).toHaveText(
    `1 to update · 0 new · ${CARDS - 1} unchanged · 0 skipped`,
  );
  await expect(dialog.getByRole('combobox', { name: 'Column for Stage' })).toHaveValue(
    String(headers.indexOf('Stage')),
  );
  const update = dialog.getByTestId('sheet-import-row').filter({ hasText: 'Update' });
  await expect(update).toContainText('Voice menu');
  await expect(update).toContainText('Changes title, emotion');
  await alice.screenshot({ path: 'e2e/.screens/spreadsheet-import-dialog.png' });
  await dialog.getByRole('button', { name: 'Import 1 row' }).click();
  await expect(dialog).toBeHidden();

  // Same card (same id), no duplicate, on both screens and on the server.
  await expect(cardTitled(alice, 'Voice menu')).toHaveCount(1);
  await expect(cardTitled(bob, 'Voice menu')).toHaveCount(1);
  await expect(bob.getByTestId('touchpoint-card')).toHaveCount(CARDS);
  await expect
    .poll(async () => (await storedMap(request, mapId)).touchpoints.find((t) => t.id === ivr.id))
    .toMatchObject({ title: 'Voice menu', emotion: 1 });
  expect((await storedMap(request, mapId)).touchpoints).toHaveLength(CARDS);

  // One command: one undo step takes the whole import back.
  await alice.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(cardTitled(bob, 'IVR menu')).toHaveCount(1);
});

test('XLSX export → edit in the workbook → import: an owner, a why and a volume change, a new row adds a card and a stage', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Workbook', template: 'sample' });
  await openMap(page, mapId);
  const xlsx = await exportAs(page, 'Excel');
  expect(xlsx.name).toMatch(/^workbook-\d{4}-\d{2}-\d{2}\.xlsx$/);

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
  expect(book.worksheets.map((w) => w.name)).toEqual([
    'Touchpoints',
    'Notes',
    'Routes',
    'Actions',
    'Metrics',
  ]);
  const sheet = book.getWorksheet('Touchpoints')!;
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const col = (h: string) => headers.indexOf(h) + 1;
  expect(typeof sheet.getRow(2).getCell(col('Emotion')).value).toBe('number');
  const firstId = sheet.getRow(2).getCell(col('Id')).text;
  sheet.getRow(2).getCell(col('Owner')).value = 'Billing team';
  const added = sheet.addRow([]);
  added.getCell(col('Stage')).value = 'Renewal';
  added.getCell(col('Title')).value = 'Renewal offer';
  added.getCell(col('Emotion')).value = 2;
  added.getCell(col('Channel')).value = 'Email';
  // The Notes and Routes sheets come back too: a pain point's whys, a route's volume.
  const notes = book.getWorksheet('Notes')!;
  const noteCol = (h: string) => (notes.getRow(1).values as unknown[]).slice(1).map(String).indexOf(h) + 1;
  let painRow = 2;
  while (notes.getRow(painRow).getCell(noteCol('Kind')).text !== 'Pain point') painRow++;
  const painId = notes.getRow(painRow).getCell(noteCol('Id')).text;
  notes.getRow(painRow).getCell(noteCol('Whys')).value = 'Router firmware | No automatic restart';
  const routes = book.getWorksheet('Routes')!;
  const routeCol = (h: string) => (routes.getRow(1).values as unknown[]).slice(1).map(String).indexOf(h) + 1;
  routes.getRow(2).getCell(routeCol('Volume per month')).value = 900;
  const routeEnds = [2, 3].map((c) => routes.getRow(2).getCell(routeCol(c === 2 ? 'From id' : 'To id')).text);
  const edited = Buffer.from(await book.xlsx.writeBuffer());

  const dialog = await importFile(page, editorImport(page), 'workbook.xlsx', edited);
  await expect(dialog.getByTestId('sheet-import-counts')).toHaveText(
    `1 to update · 1 new · ${CARDS - 1} unchanged · 0 skipped · new stages: Renewal`,
  );
  await expect(dialog.getByTestId('sheet-import-extra-counts')).toHaveText([
    `Notes: 1 to update · 0 new · ${notes.actualRowCount - 2} unchanged · 0 skipped`,
    `Routes: 1 to update · 0 new · ${routes.actualRowCount - 2} unchanged · 0 skipped`,
  ]);
  await page.screenshot({ path: 'e2e/.screens/spreadsheet-import-workbook.png' });
  await dialog.getByRole('button', { name: 'Import 4 rows' }).click();
  await expect(cardTitled(page, 'Renewal offer')).toHaveCount(1);
  await expect(page.getByTestId('stage-header').filter({ hasText: 'Renewal' })).toHaveCount(1);
  const after = await storedMap<{
    stages: Array<{ id: string; name: string }>;
    touchpoints: Array<{ id: string; title: string; owner: string; channel: string; stageId: string }>;
    notes: Array<{ id: string; whys?: string[] }>;
    connections: Array<{ from: string; to: string; volume?: number }>;
  }>(request, mapId);
  expect(after.notes.find((n) => n.id === painId)?.whys).toEqual(['Router firmware', 'No automatic restart']);
  expect(after.connections.find((c) => c.from === routeEnds[0] && c.to === routeEnds[1])?.volume).toBe(900);
  expect(after.touchpoints).toHaveLength(CARDS + 1);
  expect(after.touchpoints.find((t) => t.id === firstId)?.owner).toBe('Billing team');
  const renewal = after.stages.find((s) => s.name === 'Renewal')!;
  expect(after.touchpoints.find((t) => t.title === 'Renewal offer')).toMatchObject({
    channel: 'email',
    stageId: renewal.id,
  });
});

test('a CSV with a bad emotion and no stage column shows row and column errors and writes nothing', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Bad file', template: 'sample' });
  await openMap(page, mapId);
  const before = await storedMap(request, mapId);
  const csv = 'Touchpoint,Emotion\nPay the bill,very sad\nGet a receipt,1\n';
  const dialog = await importFile(page, editorImport(page), 'bad.csv', Buffer.from(csv));
  const problems = dialog.getByTestId('sheet-import-problems');
  await expect(problems).toContainText('No column for Stage');
  await expect(problems).toContainText("Row 2, Emotion: 'very sad' is not a number from \u22122 to 2");
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await page.screenshot({ path: 'e2e/.screens/spreadsheet-import-errors.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(CARDS);
  expect(await storedMap(request, mapId)).toEqual(before);
});

test('"Import spreadsheet…" on the maps page creates a map from the rows', async ({ page }) => {
  await page.goto('/');
  const csv =
    'Phase;Touchpoint;Channel;Feeling\nSign up;Fill in the form;Web;1\nVerify;Email code;Email;-1\n';
  const dialog = await importFile(
    page,
    page.getByRole('button', { name: 'Import spreadsheet…' }),
    'Onboarding.csv',
    Buffer.from(csv),
  );
  await expect(dialog.getByTestId('sheet-import-counts')).toHaveText(
    '0 to update · 2 new · 0 unchanged · 0 skipped · new stages: Sign up, Verify',
  );
  await page.screenshot({ path: 'e2e/.screens/spreadsheet-import-new-map.png' });
  await dialog.getByRole('button', { name: 'Create map with 2 cards' }).click();
  await expect(page).toHaveURL(/\/map\/[A-Za-z0-9_-]+/);
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(2, { timeout: 20_000 });
  await expect(page.getByTestId('stage-header')).toHaveText([/Sign up/, /Verify/]);
  await expect(page.getByTestId('editor-map-title')).toHaveText('Onboarding');
});

test('Notes CSV export → change a why and a note text → import updates the same notes, and a colleague sees it', async ({
  twoUsers,
  request,
}) => {
  const { alice, bob } = twoUsers;
  test.slow(); // two people, a download and an import
  const mapId = await createMapViaApi(request, { title: 'Notes round trip', template: 'sample' });
  await openMap(alice, mapId);
  await openMap(bob, mapId);
  const before = await storedMap<{ notes: Array<{ id: string; kind: string; text: string }> }>(
    request,
    mapId,
  );
  const pain = before.notes.find((n) => n.kind === 'painPoint')!;

  const file = await exportAs(alice, 'Notes CSV');
  expect(file.name).toMatch(/\.notes\.csv$/);
  const parsed = parseCsv(file.bytes.toString('utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const { headers, rows } = parsed.table;
  const edited = rows.map((r) => [...r]);
  const row = edited.find((r) => r[headers.indexOf('Id')] === pain.id)!;
  row[headers.indexOf('Text')] = 'Line drops every evening';
  row[headers.indexOf('Whys')] = 'Old router | No firmware updates';

  const dialog = await importFile(
    alice,
    editorImport(alice),
    file.name,
    Buffer.from(toCsv([headers, ...edited])),
  );
  await expect(dialog.getByTestId('sheet-import-kind')).toContainText('Notes file');
  await expect(dialog.getByRole('combobox', { name: 'Column for Stage' })).toHaveCount(0);
  await expect(dialog.getByTestId('sheet-import-counts')).toHaveText(
    `1 to update · 0 new · ${rows.length - 1} unchanged · 0 skipped`,
  );
  const update = dialog.getByTestId('sheet-import-row').filter({ hasText: 'Update' });
  await expect(update).toContainText('Line drops every evening');
  await expect(update).toContainText('Changes text, whys');
  await alice.screenshot({ path: 'e2e/.screens/spreadsheet-import-notes.png' });
  await dialog.getByRole('button', { name: 'Import 1 row' }).click();
  await expect(dialog).toBeHidden();

  await expect(bob.getByTestId('pain-point').filter({ hasText: 'Line drops every evening' })).toHaveCount(1);
  await expect
    .poll(async () => (await storedMap<typeof before>(request, mapId)).notes.find((n) => n.id === pain.id))
    .toMatchObject({ text: 'Line drops every evening', whys: ['Old router', 'No firmware updates'] });
  expect((await storedMap<typeof before>(request, mapId)).notes).toHaveLength(before.notes.length);
});

test('a Routes CSV naming a card that is not on the map shows the row and column and writes nothing', async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: 'Routes file', template: 'sample' });
  await openMap(page, mapId);
  const before = await storedMap(request, mapId);
  const file = await exportAs(page, 'Routes CSV');
  const parsed = parseCsv(file.bytes.toString('utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const { headers, rows } = parsed.table;
  const edited = rows.map((r) => [...r]);
  edited[0]![headers.indexOf('To id')] = 'tp_gone';
  edited[1]![headers.indexOf('Volume per month')] = 'lots';

  const dialog = await importFile(
    page,
    editorImport(page),
    file.name,
    Buffer.from(toCsv([headers, ...edited])),
  );
  await expect(dialog.getByTestId('sheet-import-kind')).toContainText('Routes file');
  const problems = dialog.getByTestId('sheet-import-problems');
  await expect(problems).toContainText(`${file.name} row 2, To id: 'tp_gone' is no card of this map`);
  await expect(problems).toContainText(`${file.name} row 3, Volume per month:`);
  await expect(dialog.getByTestId('sheet-import-counts')).toHaveText(
    `0 to update · 0 new · ${rows.length - 2} unchanged · 2 skipped`,
  );
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await page.screenshot({ path: 'e2e/.screens/spreadsheet-import-routes-errors.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await storedMap(request, mapId)).toEqual(before);
});
