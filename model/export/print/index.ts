/** The print-ready PDF's pages (cover, summary, map pages or poster tiles, appendix) as SVG. */
export { renderPrintPages } from './renderPrintPages';
export {
  DEFAULT_PRINT_OPTIONS,
  PRINT_LAYOUTS,
  PRINT_LAYOUT_TRAITS,
  paperSize,
  type PrintOptions,
} from './printOptions';
export {
  PAPER_SIZES,
  PAPER_TRAITS,
  type Orientation,
  type PaperSize,
  type PdfInfo,
  type PrintLayout,
  type PrintPage,
  type PrintPageKind,
} from './printTypes';
