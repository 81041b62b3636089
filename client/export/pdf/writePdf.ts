import type { PdfInfo, PrintPage } from '../../../model/export/print/printTypes';
import { throwIfAborted, type ProgressFn } from '../exportProgress';

/**
 * Pages of SVG → one vector PDF (text stays text). Loaded only when someone exports a PDF.
 * INTERIM: jsPDF + svg2pdf.js with the standard fonts; the font-embedding writer replaces the body.
 */
export async function writePdf(
  pages: readonly PrintPage[],
  info: PdfInfo,
  signal: AbortSignal,
  onProgress: ProgressFn,
): Promise<Blob> {
  if (pages.length === 0) throw new Error('Nothing to print');
  onProgress(0.05, 'Loading the PDF writer…');
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  throwIfAborted(signal);
  const first = pages[0]!;
  const pdf = new jsPDF({
    unit: 'pt',
    format: [first.widthPt, first.heightPt],
    orientation: first.widthPt >= first.heightPt ? 'landscape' : 'portrait',
    compress: true,
  });
  pdf.setProperties({ title: info.title, subject: info.subject ?? '', creator: 'Journey' });
  for (const [i, page] of pages.entries()) {
    if (i > 0)
      pdf.addPage([page.widthPt, page.heightPt], page.widthPt >= page.heightPt ? 'landscape' : 'portrait');
    const element = new DOMParser().parseFromString(page.svg, 'image/svg+xml').documentElement;
    onProgress(0.1 + (0.8 * i) / pages.length, `Drawing page ${i + 1} of ${pages.length}…`);
    await svg2pdf(element, pdf, { x: 0, y: 0, width: page.widthPt, height: page.heightPt });
    throwIfAborted(signal);
  }
  onProgress(0.95, 'Saving the PDF…');
  const blob = pdf.output('blob');
  onProgress(1, 'Done');
  return blob;
}
