import { PDFDocument } from 'pdf-lib';
import type { PdfInfo, PrintPage } from '../../../model/export/print/printTypes';
import { throwIfAborted, type ProgressFn } from '../exportProgress';
import { drawElement } from './drawSvg';
import { embedImages } from './svgImages';
import { FontSet, type TextNeed } from './fontSet';
import { fixWholeFonts } from './fixWholeFonts';
import type { FontSource } from './fontSource';
import { PdfCanvas } from './pdfCanvas';
import { resolveStyle, ROOT_STYLE, type SvgStyle } from './svgStyle';
import { textSpans } from './svgText';
import { viewBoxMatrix } from './svgTransform';
import { indexById, parseSvg, type SvgElement } from './svgTree';

export interface BuildPdfOptions {
  readonly fonts: FontSource;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressFn;
  /** For reproducible files (tests): the document's dates. */
  readonly now?: Date;
}

/**
 * Pages of SVG → PDF bytes, in Node or the browser: our SVG subset drawn in PDF operators with
 * pdf-lib, every text run in an embedded Noto font chosen by glyph coverage (subset, or whole for
 * Arabic), shaped and ordered for bidi, so text is real text in every script.
 */
export async function buildPdf(
  pages: readonly PrintPage[],
  info: PdfInfo,
  { fonts, signal, onProgress = () => {}, now = new Date() }: BuildPdfOptions,
): Promise<Uint8Array> {
  if (pages.length === 0) throw new Error('Nothing to print');
  const check = () => signal && throwIfAborted(signal);
  const trees = pages.map((p) => parseSvg(p.svg));
  const doc = await PDFDocument.create();
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.subject) doc.setSubject(info.subject);
  doc.setCreator('Journey');
  doc.setProducer('Journey (pdf-lib)');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  onProgress(0.1, 'Loading fonts…');
  const set = await FontSet.load(
    doc,
    fonts,
    trees.flatMap((t) => textNeeds(t)),
  );
  const images = await embedImages(doc, trees);
  check();
  for (const [i, page] of pages.entries()) {
    onProgress(0.2 + (0.7 * i) / pages.length, `Drawing page ${i + 1} of ${pages.length}…`);
    const root = trees[i]!;
    const pdfPage = doc.addPage([page.widthPt, page.heightPt]);
    const canvas = new PdfCanvas(doc, pdfPage);
    // SVG's y runs down from the top: flip once, so every coordinate below is the SVG's own.
    canvas.transform([1, 0, 0, -1, 0, page.heightPt]);
    const width = parseFloat(root.attrs.width ?? '') || page.widthPt;
    const height = parseFloat(root.attrs.height ?? '') || page.heightPt;
    canvas.transform(
      viewBoxMatrix(root.attrs.viewBox, page.widthPt, page.heightPt, root.attrs.preserveAspectRatio) ?? [
        page.widthPt / width,
        0,
        0,
        page.heightPt / height,
        0,
        0,
      ],
    );
    const byId = indexById(root);
    const ctx = { canvas, context: doc.context, fonts: set, byId, gradients: new Map(), images };
    const style = resolveStyle(ROOT_STYLE, root.attrs);
    for (const child of root.children) if (typeof child !== 'string') drawElement(child, style, ctx);
    canvas.flush();
    check();
    // Let the page paint the progress bar between pages.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  onProgress(0.92, 'Saving the PDF…');
  await doc.flush();
  fixWholeFonts(doc, set.fonts());
  const bytes = await doc.save({ useObjectStreams: false });
  onProgress(1, 'Done');
  return bytes;
}

/** Every text the page draws, with its weight: what decides the font chunks to download. */
function textNeeds(root: SvgElement): TextNeed[] {
  const out: TextNeed[] = [];
  const walk = (el: SvgElement, parent: SvgStyle) => {
    if (el.name === 'defs' || el.name === 'title' || el.name === 'desc') return;
    const style = resolveStyle(parent, el.attrs);
    if (el.name === 'text') {
      for (const s of textSpans(el, style)) out.push({ text: s.text, weight: s.style.bold ? 700 : 400 });
      return;
    }
    for (const c of el.children) if (typeof c !== 'string') walk(c, style);
  };
  walk(root, ROOT_STYLE);
  return out;
}
