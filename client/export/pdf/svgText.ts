import type { PDFContext } from 'pdf-lib';
import type { FontSet } from './fontSet';
import type { PdfCanvas } from './pdfCanvas';
import { drawShapedText, shapeText, type ShapedText } from './pdfText';
import type { SvgElement } from './svgTree';
import { resolveStyle, type SvgStyle } from './svgStyle';

/** A piece of a `<text>` with one style; `x`/`y` set where a tspan starts a new anchored chunk. */
interface TextSpan {
  readonly text: string;
  readonly style: SvgStyle;
  readonly x?: number;
  readonly y?: number;
  readonly dx: number;
  readonly dy: number;
}

const first = (v: string | undefined) => {
  const n = v === undefined ? NaN : parseFloat(v);
  return Number.isFinite(n) ? n : undefined;
};

/** The spans of a `<text>`, whitespace handled as SVG's default `xml:space` does. */
export function textSpans(el: SvgElement, style: SvgStyle): TextSpan[] {
  const spans: TextSpan[] = [];
  const walk = (node: SvgElement, nodeStyle: SvgStyle, own: boolean) => {
    let pending: Pick<TextSpan, 'x' | 'y' | 'dx' | 'dy'> = own
      ? {
          x: first(node.attrs.x),
          y: first(node.attrs.y),
          dx: first(node.attrs.dx) ?? 0,
          dy: first(node.attrs.dy) ?? 0,
        }
      : { dx: 0, dy: 0 };
    for (const child of node.children) {
      if (typeof child === 'string') {
        spans.push({ text: child.replace(/[\n\r]/g, '').replace(/\t/g, ' '), style: nodeStyle, ...pending });
        pending = { dx: 0, dy: 0 };
      } else if (child.name === 'tspan') {
        walk(child, resolveStyle(nodeStyle, child.attrs), true);
      }
    }
    if (own && (pending.x !== undefined || pending.y !== undefined) && node !== el) {
      spans.push({ text: '', style: nodeStyle, ...pending });
    }
  };
  walk(el, style, false);
  // Collapse runs of spaces across spans; trim the ends of the whole element.
  let prevSpace = true;
  const collapsed = spans.map((s) => {
    let out = '';
    for (const ch of s.text) {
      if (ch === ' ' && prevSpace) continue;
      out += ch;
      prevSpace = ch === ' ';
    }
    return { ...s, text: out };
  });
  const last = collapsed.findLastIndex((s) => s.text.length > 0);
  if (last >= 0) collapsed[last] = { ...collapsed[last]!, text: collapsed[last]!.text.replace(/ +$/, '') };
  return collapsed;
}

/**
 * Draws a `<text>`: spans grouped into chunks (a chunk starts at the element and at every tspan
 * with its own x or y), each chunk measured with the real fonts and placed by its text-anchor.
 */
export function drawSvgText(
  el: SvgElement,
  style: SvgStyle,
  canvas: PdfCanvas,
  context: PDFContext,
  fonts: FontSet,
): void {
  let penX = first(el.attrs.x) ?? 0;
  let penY = first(el.attrs.y) ?? 0;
  const chunks: {
    x: number;
    y: number;
    anchor: SvgStyle['anchor'];
    parts: { span: TextSpan; shaped: ShapedText; dy: number; dx: number }[];
  }[] = [];
  for (const span of textSpans(el, style)) {
    const starts = span.x !== undefined || span.y !== undefined || chunks.length === 0;
    if (span.x !== undefined) penX = span.x;
    if (span.y !== undefined) penY = span.y;
    if (starts) chunks.push({ x: penX, y: penY, anchor: span.style.anchor, parts: [] });
    const shaped = shapeText(span.text, span.style.bold ? 700 : 400, span.style.fontSize, fonts);
    chunks.at(-1)!.parts.push({ span, shaped, dx: span.dx, dy: span.dy });
  }
  for (const chunk of chunks) {
    const width = chunk.parts.reduce((w, p) => w + p.dx + p.shaped.width, 0);
    let x = chunk.x - (chunk.anchor === 'middle' ? width / 2 : chunk.anchor === 'end' ? width : 0);
    let y = chunk.y;
    for (const { span, shaped, dx, dy } of chunk.parts) {
      x += dx;
      y += dy;
      const { fill, fillOpacity, opacity } = span.style;
      if (fill.kind === 'color' && shaped.runs.length > 0) {
        const alpha = fillOpacity * opacity;
        if (alpha < 1) {
          canvas.save();
          canvas.alpha(alpha, 1);
        }
        drawShapedText(canvas, context, shaped, x, y, fill.rgb);
        if (alpha < 1) canvas.restore();
      }
      x += shaped.width;
    }
  }
}
