import type { PrintPage } from '../../model/export/print/printTypes';

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
 * The one-page PDF of the whole map: a page of the map's own size, or A4 / Letter landscape with
 * the map scaled to fit and centred (the map's SVG nested in the page's, as a window).
 */
export function mapPdfPage(svg: string, size: { width: number; height: number }, page: PdfPage): PrintPage {
  const mapW = size.width * PT_PER_PX;
  const mapH = size.height * PT_PER_PX;
  if (page === 'map') {
    const fit = Math.min(1, MAX_PAGE_PT / mapW, MAX_PAGE_PT / mapH);
    return { kind: 'map', svg, widthPt: mapW * fit, heightPt: mapH * fit };
  }
  const [pageW, pageH] = PAPER[page];
  const scale = Math.min((pageW - 2 * MARGIN_PT) / mapW, (pageH - 2 * MARGIN_PT) / mapH);
  const [x, y] = [(pageW - mapW * scale) / 2, (pageH - mapH * scale) / 2];
  const k = scale * PT_PER_PX;
  return {
    kind: 'map',
    svg:
      `<svg xmlns="http://www.w3.org/2000/svg" width="${pageW}" height="${pageH}" viewBox="0 0 ${pageW} ${pageH}">` +
      `<g transform="translate(${x} ${y}) scale(${k})">${svg}</g></svg>`,
    widthPt: pageW,
    heightPt: pageH,
  };
}
