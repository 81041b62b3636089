import type { PDFContext, PDFImage } from 'pdf-lib';
import type { FontSet } from './fontSet';
import type { Gradient, PdfCanvas } from './pdfCanvas';
import {
  ellipseSegments,
  endDirection,
  parsePathData,
  polySegments,
  rectSegments,
  type Segment,
} from './svgPathData';
import { imageHref, imagePlacement } from './svgImages';
import { parseColor, resolveStyle, type Rgb, type SvgStyle } from './svgStyle';
import { drawSvgText } from './svgText';
import { multiply, parseTransform, viewBoxMatrix } from './svgTransform';
import type { SvgElement } from './svgTree';

interface DrawContext {
  readonly canvas: PdfCanvas;
  readonly context: PDFContext;
  readonly fonts: FontSet;
  readonly byId: ReadonlyMap<string, SvgElement>;
  readonly gradients: Map<string, Gradient | null>;
  /** The embedded images by their `href` (svgImages.ts); an image not in it draws nothing. */
  readonly images: ReadonlyMap<string, PDFImage>;
}

const n = (v: string | undefined, fallback = 0) => {
  const x = v === undefined ? NaN : parseFloat(v);
  return Number.isFinite(x) ? x : fallback;
};

/** How each element is drawn; anything not listed (defs, title, marker, gradients…) draws nothing itself. */
const ELEMENTS: Readonly<Record<string, (el: SvgElement, style: SvgStyle, ctx: DrawContext) => void>> = {
  g: drawChildren,
  a: drawChildren,
  svg: drawNestedSvg,
  rect: (el, style, ctx) => {
    const ry = el.attrs.ry ?? el.attrs.rx;
    const rx = el.attrs.rx ?? el.attrs.ry;
    drawShape(
      rectSegments(n(el.attrs.x), n(el.attrs.y), n(el.attrs.width), n(el.attrs.height), n(rx), n(ry)),
      style,
      ctx,
    );
  },
  circle: (el, style, ctx) =>
    drawShape(ellipseSegments(n(el.attrs.cx), n(el.attrs.cy), n(el.attrs.r), n(el.attrs.r)), style, ctx),
  ellipse: (el, style, ctx) =>
    drawShape(ellipseSegments(n(el.attrs.cx), n(el.attrs.cy), n(el.attrs.rx), n(el.attrs.ry)), style, ctx),
  line: (el, style, ctx) =>
    drawShape(
      [
        { op: 'M', x: n(el.attrs.x1), y: n(el.attrs.y1) },
        { op: 'L', x: n(el.attrs.x2), y: n(el.attrs.y2) },
      ],
      { ...style, fill: { kind: 'none' } },
      ctx,
    ),
  path: (el, style, ctx) => drawShape(parsePathData(el.attrs.d ?? ''), style, ctx),
  polyline: (el, style, ctx) => drawShape(polySegments(el.attrs.points ?? '', false), style, ctx),
  polygon: (el, style, ctx) => drawShape(polySegments(el.attrs.points ?? '', true), style, ctx),
  text: (el, style, ctx) => drawSvgText(el, style, ctx.canvas, ctx.context, ctx.fonts),
  image: drawImage,
};

/** Draws an element (with its transform) and what it holds. */
export function drawElement(el: SvgElement, parent: SvgStyle, ctx: DrawContext): void {
  const draw = ELEMENTS[el.name];
  if (!draw || el.attrs.display === 'none' || el.attrs.visibility === 'hidden') return;
  const style = resolveStyle(parent, el.attrs);
  const transform = el.name === 'svg' ? undefined : el.attrs.transform;
  if (transform) {
    ctx.canvas.save();
    ctx.canvas.transform(parseTransform(transform));
  }
  draw(el, style, ctx);
  if (transform) ctx.canvas.restore();
}

function drawChildren(el: SvgElement, style: SvgStyle, ctx: DrawContext): void {
  for (const child of el.children) if (typeof child !== 'string') drawElement(child, style, ctx);
}

/** `<svg x y width height viewBox>` inside a page: a window onto a larger drawing, clipped to its box. */
function drawNestedSvg(el: SvgElement, style: SvgStyle, ctx: DrawContext): void {
  const [x, y, w, h] = [n(el.attrs.x), n(el.attrs.y), n(el.attrs.width, NaN), n(el.attrs.height, NaN)];
  const vb = el.attrs.viewBox?.split(/[\s,]+/).map(Number);
  const width = Number.isFinite(w) ? w : (vb?.[2] ?? 0);
  const height = Number.isFinite(h) ? h : (vb?.[3] ?? 0);
  ctx.canvas.save();
  ctx.canvas.transform([1, 0, 0, 1, x, y]);
  if (el.attrs.overflow !== 'visible') ctx.canvas.clip(rectSegments(0, 0, width, height, 0, 0));
  const view = viewBoxMatrix(el.attrs.viewBox, width, height, el.attrs.preserveAspectRatio);
  if (view) ctx.canvas.transform(view);
  drawChildren(el, style, ctx);
  ctx.canvas.restore();
}

/** `<image>`: an embedded PNG or JPEG, placed by preserveAspectRatio and clipped to its box. */
function drawImage(el: SvgElement, style: SvgStyle, ctx: DrawContext): void {
  const image = ctx.images.get(imageHref(el));
  if (!image) return;
  const box = {
    x: n(el.attrs.x),
    y: n(el.attrs.y),
    width: n(el.attrs.width, image.width),
    height: n(el.attrs.height, image.height),
  };
  const at = imagePlacement(box, image, el.attrs.preserveAspectRatio);
  ctx.canvas.save();
  ctx.canvas.clip(rectSegments(box.x, box.y, box.width, box.height, 0, 0));
  if (style.opacity < 1) ctx.canvas.alpha(style.opacity, style.opacity);
  ctx.canvas.image(image, at.x, at.y, at.width, at.height);
  ctx.canvas.restore();
}

function drawShape(segments: Segment[], style: SvgStyle, ctx: DrawContext): void {
  if (segments.length === 0) return;
  const { canvas } = ctx;
  const fillAlpha = style.fillOpacity * style.opacity;
  const strokeAlpha = style.strokeOpacity * style.opacity;
  const translucent = fillAlpha < 1 || strokeAlpha < 1;
  if (translucent) {
    canvas.save();
    canvas.alpha(fillAlpha, strokeAlpha);
  }
  if (style.fill.kind === 'color') canvas.fill(segments, style.fill.rgb);
  else if (style.fill.kind === 'url') {
    const gradient = gradientOf(style.fill.id, ctx);
    if (gradient) canvas.fillGradient(segments, gradient, boundingBox(segments));
  }
  const strokeRgb = style.stroke.kind === 'color' ? style.stroke.rgb : null;
  if (strokeRgb && style.strokeWidth > 0) {
    canvas.stroke(segments, strokeRgb, style.strokeWidth, style.dash, style.lineCap, style.lineJoin);
  }
  if (translucent) canvas.restore();
  if (style.markerEnd && strokeRgb) drawMarker(style.markerEnd, segments, style, ctx);
}

/** `marker-end` with orient="auto", markerUnits strokeWidth (the only kind our exports use). */
function drawMarker(id: string, segments: Segment[], style: SvgStyle, ctx: DrawContext): void {
  const marker = ctx.byId.get(id);
  const end = endDirection(segments);
  if (!marker || marker.name !== 'marker' || !end) return;
  const w = n(marker.attrs.markerWidth, 3) * style.strokeWidth;
  const h = n(marker.attrs.markerHeight, 3) * style.strokeWidth;
  const view = viewBoxMatrix(marker.attrs.viewBox, w, h, marker.attrs.preserveAspectRatio) ?? [
    1, 0, 0, 1, 0, 0,
  ];
  const angle = marker.attrs.orient === 'auto' ? end.angle : (n(marker.attrs.orient) * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  // The marker's refX/refY (viewBox units) lands on the path's end.
  const ref = [n(marker.attrs.refX), n(marker.attrs.refY)] as const;
  const refAt = [view[0] * ref[0] + view[4], view[3] * ref[1] + view[5]] as const;
  const m = multiply([cos, sin, -sin, cos, end.x, end.y], multiply([1, 0, 0, 1, -refAt[0], -refAt[1]], view));
  ctx.canvas.save();
  ctx.canvas.transform(m);
  const markerStyle = resolveStyle(
    { ...style, opacity: style.opacity, markerEnd: undefined, stroke: { kind: 'none' } },
    marker.attrs,
  );
  drawChildren(marker, markerStyle, ctx);
  ctx.canvas.restore();
}

function gradientOf(id: string, ctx: DrawContext): Gradient | null {
  if (ctx.gradients.has(id)) return ctx.gradients.get(id)!;
  const el = ctx.byId.get(id);
  let gradient: Gradient | null = null;
  if (el?.name === 'linearGradient') {
    const stops: { offset: number; rgb: Rgb }[] = [];
    for (const s of el.children) {
      if (typeof s === 'string' || s.name !== 'stop') continue;
      const raw = s.attrs.offset ?? '0';
      const offset = Math.min(
        1,
        Math.max(stops.at(-1)?.offset ?? 0, raw.endsWith('%') ? n(raw) / 100 : n(raw)),
      );
      const rgb = parseColor(
        s.attrs['stop-color'] ?? /stop-color:\s*([^;]+)/.exec(s.attrs.style ?? '')?.[1] ?? 'black',
      );
      stops.push({ offset, rgb: rgb ?? [0, 0, 0] });
    }
    const frac = (v: string | undefined, fallback: number) =>
      v === undefined ? fallback : v.endsWith('%') ? n(v) / 100 : n(v);
    gradient = {
      x1: frac(el.attrs.x1, 0),
      y1: frac(el.attrs.y1, 0),
      x2: frac(el.attrs.x2, 1),
      y2: frac(el.attrs.y2, 0),
      boundingBox: el.attrs.gradientUnits !== 'userSpaceOnUse',
      stops,
    };
  }
  ctx.gradients.set(id, gradient);
  return gradient;
}

function boundingBox(segments: readonly Segment[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const s of segments) {
    if (s.op === 'Z') continue;
    [x0, y0, x1, y1] = [Math.min(x0, s.x), Math.min(y0, s.y), Math.max(x1, s.x), Math.max(y1, s.y)];
  }
  return Number.isFinite(x0) ? [x0, y0, x1 - x0, y1 - y0] : [0, 0, 0, 0];
}
