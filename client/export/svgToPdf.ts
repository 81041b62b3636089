import { throwIfAborted, type ProgressFn } from './exportProgress';

export type PdfPage = 'map' | 'a4' | 'letter';

/** PDF points per CSS pixel (72 pt per inch, 96 px per inch). */
const PT_PER_PX = 0.75;
/** The largest page a PDF viewer must support (200 inches): a bigger "fit to map" page is scaled down. */
const MAX_PAGE_PT = 14_400;
const MARGIN_PT = 28;
const PAPER: Record<Exclude<PdfPage, 'map'>, [number, number]> = {
  a4: [841.89, 595.28],
  letter: [792, 612],
};

/**
 * SVG → a one-page vector PDF with jsPDF and svg2pdf.js (loaded only when someone exports a PDF,
 * so the editor's bundle stays small). The page is the map's own size, or A4 / Letter landscape
 * with the map scaled to fit and centred. Text stays text (searchable, selectable).
 */
export async function svgToPdf(
  svg: string,
  size: { width: number; height: number },
  page: PdfPage,
  title: string,
  signal: AbortSignal,
  onProgress: ProgressFn,
): Promise<Blob> {
  onProgress(0.05, 'Loading the PDF writer…');
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  throwIfAborted(signal);

  const mapW = size.width * PT_PER_PX;
  const mapH = size.height * PT_PER_PX;
  let pageW: number;
  let pageH: number;
  let margin: number;
  if (page === 'map') {
    const fit = Math.min(1, MAX_PAGE_PT / mapW, MAX_PAGE_PT / mapH);
    [pageW, pageH, margin] = [mapW * fit, mapH * fit, 0];
  } else {
    [pageW, pageH] = PAPER[page];
    margin = MARGIN_PT;
  }
  const scale = Math.min((pageW - 2 * margin) / mapW, (pageH - 2 * margin) / mapH);
  const w = mapW * scale;
  const h = mapH * scale;

  const pdf = new jsPDF({
    unit: 'pt',
    format: [pageW, pageH],
    orientation: pageW >= pageH ? 'landscape' : 'portrait',
    compress: true,
  });
  pdf.setProperties({ title, creator: 'Journey' });

  // svg2pdf reads the SVG's DOM; it is parsed off-document (nothing is shown or run).
  const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  onProgress(0.2, 'Drawing the map…');
  await svg2pdf(element, pdf, { x: (pageW - w) / 2, y: (pageH - h) / 2, width: w, height: h });
  throwIfAborted(signal);
  onProgress(0.9, 'Saving the PDF…');
  const blob = pdf.output('blob');
  onProgress(1, 'Done');
  return blob;
}
