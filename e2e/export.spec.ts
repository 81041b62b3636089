import { writeFile, mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { isoDay, mapExportSize, parseMapJson } from '../model/export';
import { PRINT_PAGE } from '../model/export/print/printOptions';
import { cleanMap, templateDoc } from '../model/testing/testMaps';
import { readPdf, squash } from '../client/export/pdf/pdfTestkit';
import { downloadFrom, pdfPageCount, pdfText, pngSize, samplePng } from './exportFiles';
import { createMapViaApi, expect, test } from './fixtures';

/**
 * Export as a person does it: the Export button, the dialog's options, a real download; then the
 * files are opened and checked (PNG size and pixels, SVG parsed, PDF pages and text, JSON read back).
 */
const TITLE = 'Home internet: connection drops';
const sample = cleanMap(templateDoc('sample'));

async function openExportDialog(page: Page, mapId: string) {
  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(11);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export map' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('exports the whole sample map as PNG, SVG and PDF', async ({ page, request }) => {
  test.slow(); // four downloads, one of them a dozen PDF pages
  const mapId = await createMapViaApi(request, { title: TITLE, template: 'sample' });
  const dialog = await openExportDialog(page, mapId);
  const day = isoDay(new Date());
  const size = mapExportSize(sample, day);

  // PNG at 2×, white: the whole map (not the viewport), twice its size, not blank.
  await dialog.getByRole('radio', { name: '2×' }).check();
  await dialog.getByRole('radio', { name: 'White' }).check();
  await expect(dialog.getByTestId('export-preview')).toBeVisible();
  await expect(dialog.getByTestId('export-size')).toHaveText(
    `${(size.width * 2).toLocaleString('en-US')} × ${(size.height * 2).toLocaleString('en-US')} px`,
  );
  await page.screenshot({ path: 'e2e/.screens/export-dialog.png' });
  const png = await downloadFrom(page, dialog);
  expect(png.name).toBe(`home-internet-connection-drops-${day}.png`);
  expect(pngSize(png.bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });
  const pixels = await samplePng(page, png.bytes);
  expect(pixels.colours).toBeGreaterThan(50);
  expect(pixels.corner).toEqual([255, 255, 255, 255]);
  await mkdir('e2e/.screens', { recursive: true });
  await writeFile('e2e/.screens/export-sample.png', png.bytes);

  // SVG: a well-formed document with every stage, card and the title.
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  const svg = await downloadFrom(page, dialog);
  expect(svg.name).toBe(`home-internet-connection-drops-${day}.svg`);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      text: doc.documentElement.textContent,
      cards: doc.querySelectorAll('[data-kind=touchpoint]').length,
    };
  }, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.cards).toBe(11);
  for (const stage of sample.stages) expect(parsed.text).toContain(stage.name);
  expect(parsed.text).toContain(TITLE);

  // PDF, the map alone on one page of its own size (the map's size on paper, plus margins and
  // the running head and foot), with the title as real text.
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  await dialog.getByRole('radio', { name: 'One page' }).check();
  for (const section of ['Cover', 'Summary', 'Appendix'])
    await dialog.getByRole('checkbox', { name: section }).uncheck();
  await expect(dialog.getByTestId('export-size')).toHaveText("1 page · the map's own size");
  const pdf = await downloadFrom(page, dialog);
  expect(pdf.name).toBe(`home-internet-connection-drops-${day}.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfPageCount(pdf.bytes)).toBe(1);
  const text = pdfText(pdf.bytes);
  const read = await readPdf(pdf.bytes);
  expect(read.title).toBe(TITLE);
  expect(squash(read.pages[0]!.text)).toContain(squash(TITLE));
  await writeFile('e2e/.screens/export-sample.pdf', pdf.bytes);
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  const { margin, headHeight, footHeight, ptPerPx } = PRINT_PAGE;
  expect(Number(box?.[1])).toBeCloseTo(size.width * ptPerPx + 2 * margin, 0);
  expect(Number(box?.[2])).toBeCloseTo(size.height * ptPerPx + 2 * margin + headHeight + footHeight, 0);

  // A4 landscape, stages at real-size text: as many pages as the dialog says, all A4.
  await dialog.getByRole('radio', { name: 'Stage per page' }).check();
  const note = dialog.getByTestId('export-size');
  await expect(note).toHaveText(/^\d+ pages · A4 landscape$/);
  const a4 = await downloadFrom(page, dialog);
  expect(pdfPageCount(a4.bytes)).toBe(Number(/^\d+/.exec((await note.textContent()) ?? '')?.[0]));
  const a4Box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdfText(a4.bytes));
  expect([Number(a4Box?.[1]), Number(a4Box?.[2])].map(Math.round)).toEqual([842, 595]);
});

test("adds the cards' top verbatims below the legend when asked, and not by default", async ({
  page,
  request,
}) => {
  const mapId = await createMapViaApi(request, { title: TITLE, template: 'sample' });
  const dialog = await openExportDialog(page, mapId);
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  const plain = await downloadFrom(page, dialog);
  expect(plain.bytes.toString('utf8')).not.toContain('card-details');
  await dialog.getByRole('checkbox', { name: 'Top verbatim' }).check();
  const withDetails = (await downloadFrom(page, dialog)).bytes.toString('utf8');
  expect(withDetails).toContain('data-part="card-details"');
  expect(withDetails).toContain('“the agent was incredibly efficient and polite”');
});

test('exports JSON and CSV, and the JSON imports back as an identical new map', async ({ page, request }) => {
  const mapId = await createMapViaApi(request, { title: TITLE, template: 'sample' });
  const dialog = await openExportDialog(page, mapId);
  await dialog.getByRole('radio', { name: 'CSV', exact: true }).check();
  const csv = await downloadFrom(page, dialog);
  const rows = csv.bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  expect(rows[0]).toBe(
    'Id,Stage,Lane,Order,Title,Channel,Owner,Emotion,Emotion source,Description,Hub,Hub override,NPS,CSAT,Sample size,Verbatims',
  );
  expect(rows).toContainEqual(
    expect.stringMatching(
      /^tp_\w+,Contact support,Touchpoints,\w+,Agent call,Phone,Contact center,1,manual,,yes,auto,,4\.2,312,the agent was incredibly efficient and polite$/,
    ),
  );

  await dialog.getByRole('radio', { name: 'Notes CSV' }).check();
  const notes = await downloadFrom(page, dialog);
  expect(notes.name).toMatch(/\.notes\.csv$/);
  expect(
    notes.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0],
  ).toBe('Id,Kind,Stage,Card,Card id,Text,Owner,CX area,Whys');
  await dialog.getByRole('radio', { name: 'Routes CSV' }).check();
  const routes = await downloadFrom(page, dialog);
  expect(routes.name).toMatch(/\.routes\.csv$/);
  expect(
    routes.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n'),
  ).toHaveLength(1 + 5 + 1);

  await dialog.getByRole('radio', { name: 'JSON' }).check();
  const json = await downloadFrom(page, dialog);
  const exported = parseMapJson(json.bytes.toString('utf8'));
  if (!exported.ok) throw new Error(exported.error);
  expect(exported.data.map.touchpoints).toHaveLength(11);

  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles({ name: json.name, mimeType: 'application/json', buffer: json.bytes });
  await expect(page).toHaveURL(/\/map\/[A-Za-z0-9_-]+/);
  expect(page.url()).not.toContain(mapId);
  const again = await openExportDialog(page, page.url().split('/map/')[1]!.split(/[?#]/)[0]!);
  await again.getByRole('radio', { name: 'JSON' }).check();
  const reexported = parseMapJson((await downloadFrom(page, again)).bytes.toString('utf8'));
  if (!reexported.ok) throw new Error(reexported.error);
  expect(reexported.data.map).toEqual(exported.data.map);
});

test('a corrupted map file is refused with what is wrong, and creates no map', async ({ page, request }) => {
  const mapId = await createMapViaApi(request, { title: TITLE, template: 'sample' });
  const dialog = await openExportDialog(page, mapId);
  await dialog.getByRole('radio', { name: 'JSON' }).check();
  const json = await downloadFrom(page, dialog);
  const file = JSON.parse(json.bytes.toString('utf8')) as {
    map: { touchpoints: Array<{ emotion: number }> };
  };
  file.map.touchpoints[3]!.emotion = 9;

  await page.goto('/');
  await expect(page.getByTestId('map-row').first()).toBeVisible();
  const before = await page.getByTestId('map-row').count();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (
    await chooser
  ).setFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const error = page.getByRole('dialog', { name: 'This file cannot be imported' });
  await expect(error.getByTestId('import-error')).toContainText('touchpoints[3] ("IVR menu").emotion');
  await expect(error).toContainText('No map was created.');
  await error.getByRole('button', { name: 'OK' }).click();
  await page.reload();
  await expect(page.getByTestId('map-row').first()).toBeVisible();
  await expect(page.getByTestId('map-row')).toHaveCount(before);
});
