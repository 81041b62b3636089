import { mkdir, writeFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { bigMapFile } from '../model/testing/bigMapFile';
import { downloadFrom } from './exportFiles';
import { expect, test } from './fixtures';

/**
 * The print-ready PDF as a team gets it for a workshop wall or a leadership pack: a 120-card map
 * exported on A4 landscape, one group of stages per page, with a cover, a summary and an appendix;
 * the file is read back with a PDF library, page by page, as a reader's search would see it.
 */
const TITLE = 'Broadband onboarding at scale';
const INFO = {
  title: TITLE,
  persona: 'Priya, a first-time broadband customer',
  goal: 'Be online on day one without calling anyone',
  scenario: 'Orders online, waits for the router, sets it up alone, calls when the light stays red.',
};

/** Each page's text, as pdf.js extracts it (what a PDF reader searches). */
async function pdfPages(bytes: Buffer): Promise<string[]> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: `${process.cwd()}/node_modules/pdfjs-dist/standard_fonts/`,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages;
}

test('a 120-card map prints as A4 landscape pages: cover, summary, stages, appendix', async ({
  page,
  request,
}) => {
  test.slow(); // 120 cards imported, drawn, and ~50 pages written and read back
  const file = bigMapFile(120, TITLE) as { map: { info: object } };
  const res = await request.post('/api/maps/import', {
    data: { ...file, map: { ...file.map, info: { ...file.map.info, ...INFO } } },
  });
  expect(res.ok(), `import → ${res.status()}`).toBe(true);
  const body = (await res.json()) as { id?: string; map?: { id?: string } };
  const mapId = body.id ?? body.map?.id ?? '';

  await page.goto(`/map/${mapId}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export map' });
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  await dialog.getByRole('radio', { name: 'A4' }).check();
  await dialog.getByRole('radio', { name: 'Landscape' }).check();
  await dialog.getByRole('radio', { name: 'Stage per page' }).check();
  for (const section of ['Cover', 'Summary', 'Appendix'])
    await expect(dialog.getByRole('checkbox', { name: section })).toBeChecked();
  // Stage pages print no legend, so no card details under it: the appendix has them all.
  await expect(dialog.getByRole('checkbox', { name: 'Descriptions' })).toHaveCount(0);
  const note = dialog.getByTestId('export-size');
  await expect(note).toHaveText(/^\d+ pages · A4 landscape$/);
  const promised = Number(/^(\d+)/.exec((await note.textContent()) ?? '')?.[1]);

  const pdf = await downloadFrom(page, dialog);
  await mkdir('e2e/.screens', { recursive: true });
  await writeFile('e2e/.screens/print-120-a4.pdf', pdf.bytes);
  const pages = await pdfPages(pdf.bytes);
  expect(pages.length).toBe(promised);
  expect(pages.length).toBeGreaterThan(5);

  // The cover: the title and whose journey it is.
  expect(pages[0]).toContain(TITLE);
  expect(pages[0]).toContain(INFO.persona);
  expect(pages[0]).toContain(INFO.goal);
  // A summary page with its four headings.
  const summary = pages.find((p) => p.includes('HUBS BY LOAD'));
  expect(summary).toBeDefined();
  for (const heading of ['MOMENTS OF PAIN', 'UNOWNED TOUCHPOINTS', 'OPEN OPPORTUNITIES'])
    expect(pages.join(' ')).toContain(heading);
  // The appendix at the end.
  expect(pages.at(-1)).toContain('Appendix');
  const appendixStart = pages.findIndex((p) => p.includes('Appendix: every card'));
  expect(appendixStart).toBeGreaterThan(pages.indexOf(summary!));
  // Every page is numbered and headed with the title; every card is in the text.
  pages.forEach((text, i) => {
    expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    expect(text).toContain(TITLE);
  });
  const all = pages.join(' ');
  for (let i = 1; i <= 120; i++) expect(all).toMatch(new RegExp(`Touchpoint ${i}(?!\\d)`));
});
