/**
 * The print-ready PDF, as data: pages of SVG at paper size, composed by `renderPrintPages` (pure,
 * model/export/print) and written into one PDF by the client's `writePdf` (client/export/pdf),
 * which embeds the fonts every script needs. Contract between the two; keep it small.
 */
export const PAPER_SIZES = ['a4', 'a3', 'letter', 'tabloid'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export type Orientation = 'portrait' | 'landscape';

/** Paper in PDF points (1/72 inch), portrait. */
export const PAPER_TRAITS: Record<
  PaperSize,
  { readonly label: string; readonly width: number; readonly height: number }
> = {
  a4: { label: 'A4', width: 595.28, height: 841.89 },
  a3: { label: 'A3', width: 841.89, height: 1190.55 },
  letter: { label: 'Letter', width: 612, height: 792 },
  tabloid: { label: 'Tabloid', width: 792, height: 1224 },
};

/**
 * How the map itself is laid on paper: `fit` = the whole map on one page of its own size (the
 * one-page PDF of before), `stages` = one group of stages per page at real-size text, `poster` =
 * the whole map at real size cut into tiles with crop marks and overlap, to assemble on a wall.
 */
export type PrintLayout = 'fit' | 'stages' | 'poster';

/** What a page is (for the outline, the tests and the page count). */
export type PrintPageKind = 'cover' | 'summary' | 'personas' | 'map' | 'tile' | 'appendix';

export interface PrintPage {
  readonly kind: PrintPageKind;
  /** A complete `<svg>` document, width/height in pt (viewBox in the same units). */
  readonly svg: string;
  readonly widthPt: number;
  readonly heightPt: number;
}

export interface PdfInfo {
  /** The map's title (document title, never cut). */
  readonly title: string;
  readonly subject?: string;
}
