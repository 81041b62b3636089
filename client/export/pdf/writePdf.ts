import type { PdfInfo, PrintPage } from '../../../model/export/print/printTypes';
import type { ProgressFn } from '../exportProgress';
import { browserFontSource } from './browserFontSource';
import { buildPdf } from './buildPdf';

/**
 * Pages of SVG → one vector PDF whose text is real text in every script (embedded Noto fonts,
 * shaped, bidi-ordered; see buildPdf). Loaded only when someone exports a PDF, with its fonts.
 */
export async function writePdf(
  pages: readonly PrintPage[],
  info: PdfInfo,
  signal: AbortSignal,
  onProgress: ProgressFn,
): Promise<Blob> {
  const bytes = await buildPdf(pages, info, { fonts: browserFontSource(signal), signal, onProgress });
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}
