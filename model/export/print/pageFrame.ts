import { THEME } from '../svg/exportTheme';
import { el, escapeXml, FONT_STACK, num } from '../svg/svgMarkup';
import { PRINT_PAGE, type Size } from './printOptions';
import { printLine, printWidth, PRINT_TEXT, type PrintStyle } from './printText';
import type { PrintPageKind } from './printTypes';

/** A page before it is numbered: what it is, its section's name in the running head, its drawing. */
export interface PageBody extends Size {
  readonly kind: PrintPageKind;
  /** In the running head, right: "Stages 1–3", "Summary", "Tile B2". */
  readonly section: string;
  /** Drawing in points, page origin top left. */
  readonly body: string;
  /** `<defs>` the body refers to (gradients, markers). */
  readonly defs?: string;
}

/**
 * The finished page: white paper, the body, and the running head (the map's title left, the
 * section right, a hairline) and foot ("Page n of N") inside the margins. A complete SVG document
 * in points, which the PDF writer draws as is.
 */
export function framePage(page: PageBody, title: string, n: number, total: number): string {
  const { margin, headHeight, footHeight } = PRINT_PAGE;
  const style = PRINT_TEXT.running;
  const titleStyle = { ...style, bold: true, color: THEME.text };
  const right = page.width - margin;
  const headY = margin + 10;
  const footY = page.height - margin - 2;
  const section = page.section;
  const room = page.width - 2 * margin - printWidth(section, style) - 24;
  const head =
    printLine(fitOneLine(title, room, titleStyle), margin, headY, titleStyle) +
    printLine(section, right, headY, style, { 'text-anchor': 'end' }) +
    el('path', {
      d: `M${margin} ${num(margin + headHeight - 10)}H${num(right)}`,
      stroke: THEME.border,
      'stroke-width': 0.75,
    });
  const foot =
    el('path', {
      d: `M${margin} ${num(page.height - margin - footHeight + 8)}H${num(right)}`,
      stroke: THEME.border,
      'stroke-width': 0.75,
    }) +
    printLine(`Page ${n} of ${total}`, right, footY, style, {
      'text-anchor': 'end',
      'data-part': 'page-number',
    });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(page.width)}" height="${num(page.height)}" ` +
    `viewBox="0 0 ${num(page.width)} ${num(page.height)}" font-family="${escapeXml(FONT_STACK)}" data-kind="${page.kind}">` +
    `<title>${escapeXml(`${title} — page ${n} of ${total}`)}</title>` +
    (page.defs ? el('defs', {}, page.defs) : '') +
    el('rect', { x: 0, y: 0, width: page.width, height: page.height, fill: '#ffffff' }) +
    page.body +
    el('g', { 'data-part': 'running-head' }, head) +
    el('g', { 'data-part': 'running-foot' }, foot) +
    '</svg>'
  );
}

/**
 * The running head's title on one line. The whole title is on the cover and in the document's
 * properties; here a very long one ends with "…" rather than run over the section's name.
 */
function fitOneLine(s: string, width: number, style: PrintStyle): string {
  if (printWidth(s, style) <= width) return s;
  const chars = Array.from(s);
  while (chars.length > 1 && printWidth(`${chars.join('')}…`, style) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
