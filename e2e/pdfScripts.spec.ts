import { mkdir, writeFile } from 'node:fs/promises';
import { multiScriptMap, readPdf, SCRIPT_SAMPLES, squash } from '../client/export/pdf/pdfTestkit';
import { isoDay } from '../model/export';
import { buildMapFile } from '../model/export';
import { downloadFrom } from './exportFiles';
import { expect, test } from './fixtures';

/**
 * A map in six scripts (and emoji) exported to PDF from the export dialog: the file's text, read
 * back with pdf.js, holds every card's title as typed, and the file name keeps its letters.
 */
const TITLE = 'Zgłoszenie — Заявка — 网络';

test('a map in Polish, Cyrillic, Greek, Arabic, Hebrew and CJK exports to a PDF whose text is those strings', async ({
  page,
  request,
}) => {
  const map = multiScriptMap(SCRIPT_SAMPLES.length, TITLE);
  const res = await request.post('/api/maps/import', { data: buildMapFile(map) });
  expect(res.ok(), `import → ${res.status()}`).toBe(true);
  const body = (await res.json()) as { id?: string; map?: { id?: string } };
  const mapId = body.id ?? body.map?.id ?? '';

  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(SCRIPT_SAMPLES.length);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export map' });
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  // The map alone on one page (no cover, summary or appendix): one page whose text is the map's.
  await dialog.getByRole('radio', { name: 'One page' }).check();
  for (const section of ['Cover', 'Summary', 'Appendix'])
    await dialog.getByRole('checkbox', { name: section }).uncheck();
  const pdf = await downloadFrom(page, dialog);

  expect(pdf.name).toBe(`zgłoszenie-заявка-网络-${isoDay(new Date())}.pdf`);
  await mkdir('e2e/.screens', { recursive: true });
  await writeFile('e2e/.screens/pdf-scripts.pdf', pdf.bytes);
  const read = await readPdf(pdf.bytes);
  expect(read.title).toBe(TITLE);
  expect(read.pages).toHaveLength(1);
  // pdf.js returns each run of right-to-left text in logical order (as typed), so Arabic and
  // Hebrew compare as stored. Whitespace is folded: pdf.js cuts a line into items per font.
  // Emoji presentation selectors (U+FE0F) are not drawn, so they are not in the text.
  const text = squash(read.pages[0]!.text);
  for (const title of [TITLE, ...SCRIPT_SAMPLES]) {
    expect(text, title).toContain(squash(title.replace(/\uFE0F/g, '')));
  }
  // Not one string fell back to the standard Helvetica (the old writer's mangled Latin-1).
  expect(pdf.bytes.toString('latin1')).not.toContain('/Helvetica');
});
