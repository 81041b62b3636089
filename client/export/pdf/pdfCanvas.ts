import {
  appendBezierCurve,
  clip,
  closePath,
  concatTransformationMatrix,
  drawObject,
  endPath,
  fill,
  lineTo,
  moveTo,
  PDFDict,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  popGraphicsState,
  pushGraphicsState,
  setDashPattern,
  setFillingRgbColor,
  setGraphicsState,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingRgbColor,
  stroke,
  type PDFDocument,
  type PDFFont,
  type PDFImage,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import type { Segment } from './svgPathData';
import type { Rgb } from './svgStyle';

/** A gradient as the writer draws it: two points in the shape's box (0..1) or in user space, and stops. */
export interface Gradient {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly boundingBox: boolean;
  readonly stops: readonly { readonly offset: number; readonly rgb: Rgb }[];
}

export type Matrix = readonly [number, number, number, number, number, number];

/**
 * One page's content stream, drawn in PDF operators through pdf-lib: paths, colours, opacity
 * (ExtGState), clipping, axial shadings and the resources they need. Coordinates are whatever the
 * caller's current matrix says (the writer starts with SVG's y-down page space).
 */
export class PdfCanvas {
  private readonly ops: PDFOperator[] = [];
  private readonly alphas = new Map<string, PDFName>();
  private readonly fonts = new Map<PDFFont, PDFName>();
  private readonly shadings = new Map<Gradient, PDFName>();
  private readonly images = new Map<PDFImage, PDFName>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly page: PDFPage,
  ) {}

  push(...ops: PDFOperator[]): void {
    for (const op of ops) this.ops.push(op);
  }

  save(): void {
    this.ops.push(pushGraphicsState());
  }

  restore(): void {
    this.ops.push(popGraphicsState());
  }

  transform([a, b, c, d, e, f]: Matrix): void {
    if (a === 1 && b === 0 && c === 0 && d === 1 && e === 0 && f === 0) return;
    this.ops.push(concatTransformationMatrix(a, b, c, d, e, f));
  }

  /** The page's name for a font (registered once per page). */
  fontName(font: PDFFont): PDFName {
    let name = this.fonts.get(font);
    if (!name) {
      name = this.page.node.newFontDictionary(`F${this.fonts.size}`, font.ref);
      this.fonts.set(font, name);
    }
    return name;
  }

  /**
   * Draws an embedded image into the box (x, y, width, height) of the current (y-down) space: a PDF
   * image fills the unit square with y up, so the box's matrix flips it back.
   */
  image(image: PDFImage, x: number, y: number, width: number, height: number): void {
    let name = this.images.get(image);
    if (!name) {
      name = this.page.node.newXObject('Im', image.ref);
      this.images.set(image, name);
    }
    this.ops.push(
      pushGraphicsState(),
      concatTransformationMatrix(width, 0, 0, -height, x, y + height),
      drawObject(name),
      popGraphicsState(),
    );
  }

  /** Sets fill and stroke transparency (1 = opaque) through a shared ExtGState. */
  alpha(fillAlpha: number, strokeAlpha: number): void {
    const key = `${round(fillAlpha)}/${round(strokeAlpha)}`;
    let name = this.alphas.get(key);
    if (!name) {
      const dict = this.doc.context.obj({ Type: 'ExtGState', ca: round(fillAlpha), CA: round(strokeAlpha) });
      name = this.page.node.newExtGState('GS', this.doc.context.register(dict));
      this.alphas.set(key, name);
    }
    this.ops.push(setGraphicsState(name));
  }

  path(segments: readonly Segment[]): void {
    for (const s of segments) {
      if (s.op === 'M') this.ops.push(moveTo(s.x, s.y));
      else if (s.op === 'L') this.ops.push(lineTo(s.x, s.y));
      else if (s.op === 'C') this.ops.push(appendBezierCurve(s.x1, s.y1, s.x2, s.y2, s.x, s.y));
      else this.ops.push(closePath());
    }
  }

  fill(segments: readonly Segment[], rgb: Rgb): void {
    this.ops.push(setFillingRgbColor(...rgb));
    this.path(segments);
    this.ops.push(fill());
  }

  stroke(
    segments: readonly Segment[],
    rgb: Rgb,
    width: number,
    dash: readonly number[],
    cap: 0 | 1 | 2,
    join: 0 | 1 | 2,
  ): void {
    this.ops.push(setStrokingRgbColor(...rgb), setLineWidth(width), setLineCap(cap), setLineJoin(join));
    this.ops.push(setDashPattern([...dash], 0));
    this.path(segments);
    this.ops.push(stroke());
  }

  /** Clips what follows (until `restore`) to a path. */
  clip(segments: readonly Segment[]): void {
    this.path(segments);
    this.ops.push(clip(), endPath());
  }

  /** Fills a path with a linear gradient; `box` is the path's bounding box (x, y, w, h). */
  fillGradient(
    segments: readonly Segment[],
    gradient: Gradient,
    box: readonly [number, number, number, number],
  ): void {
    const stops = gradient.stops;
    if (stops.length === 0) return;
    if (stops.length === 1) return this.fill(segments, stops[0]!.rgb);
    this.save();
    this.clip(segments);
    if (gradient.boundingBox) this.transform([box[2] || 1, 0, 0, box[3] || 1, box[0], box[1]]);
    const name = this.shading(gradient);
    this.ops.push(PDFOperator.of(PDFOperatorNames.ShadingFill, [name]));
    this.restore();
  }

  private shading(g: Gradient): PDFName {
    const known = this.shadings.get(g);
    if (known) return known;
    const ctx = this.doc.context;
    const stops = g.stops;
    const first = stops[0]!.offset;
    const last = stops.at(-1)!.offset;
    const span = last - first || 1;
    // One linear function per pair of stops, stitched at the inner offsets; the axis runs from the
    // first stop to the last (before and after, the end colours extend, as in SVG).
    const pieces = stops
      .slice(1)
      .map((s, i) => ({ FunctionType: 2, Domain: [0, 1], C0: [...stops[i]!.rgb], C1: [...s.rgb], N: 1 }));
    const fn =
      pieces.length === 1
        ? pieces[0]!
        : {
            FunctionType: 3,
            Domain: [0, 1],
            Functions: pieces,
            Bounds: stops.slice(1, -1).map((s) => (s.offset - first) / span),
            Encode: pieces.flatMap(() => [0, 1]),
          };
    const at = (t: number) => [g.x1 + (g.x2 - g.x1) * t, g.y1 + (g.y2 - g.y1) * t];
    const shading = ctx.obj({
      ShadingType: 2,
      ColorSpace: 'DeviceRGB',
      Coords: [...at(first), ...at(last)],
      Function: fn,
      Extend: [true, true],
    });
    const ref: PDFRef = ctx.register(shading);
    const { Resources } = this.page.node.normalizedEntries();
    let dict = Resources.lookupMaybe(PDFName.of('Shading'), PDFDict);
    if (!dict) {
      dict = ctx.obj({});
      Resources.set(PDFName.of('Shading'), dict);
    }
    const name = PDFName.of(`Sh${this.shadings.size}`);
    dict.set(name, ref);
    this.shadings.set(g, name);
    return name;
  }

  /** Hands the operators to the page (once, at the end). */
  flush(): void {
    // In slices: a big map has more operators than a call's arguments may hold.
    for (let i = 0; i < this.ops.length; i += 10_000)
      this.page.pushOperators(...this.ops.slice(i, i + 10_000));
    this.ops.length = 0;
  }
}

const round = (v: number) => Math.round(v * 1000) / 1000;
