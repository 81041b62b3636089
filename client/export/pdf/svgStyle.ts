/**
 * The presentation attributes the writer honours, and how they inherit down the tree (as in SVG:
 * fill, stroke and text properties inherit; opacity multiplies into what a group holds).
 */
export type Rgb = readonly [number, number, number];
export type Paint =
  | { readonly kind: 'none' }
  | { readonly kind: 'color'; readonly rgb: Rgb }
  | { readonly kind: 'url'; readonly id: string };

export interface SvgStyle {
  readonly fill: Paint;
  readonly fillOpacity: number;
  readonly stroke: Paint;
  readonly strokeOpacity: number;
  readonly strokeWidth: number;
  readonly dash: readonly number[];
  readonly lineCap: 0 | 1 | 2;
  readonly lineJoin: 0 | 1 | 2;
  /** The product of every `opacity` from the root down (groups are not composited as one). */
  readonly opacity: number;
  readonly fontSize: number;
  readonly bold: boolean;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly markerEnd?: string;
}

export const ROOT_STYLE: SvgStyle = {
  fill: { kind: 'color', rgb: [0, 0, 0] },
  fillOpacity: 1,
  stroke: { kind: 'none' },
  strokeOpacity: 1,
  strokeWidth: 1,
  dash: [],
  lineCap: 0,
  lineJoin: 0,
  opacity: 1,
  fontSize: 16,
  bold: false,
  anchor: 'start',
};

const NAMED: Record<string, Rgb> = {
  black: [0, 0, 0],
  white: [1, 1, 1],
  red: [1, 0, 0],
  green: [0, 128 / 255, 0],
  blue: [0, 0, 1],
  gray: [128 / 255, 128 / 255, 128 / 255],
  grey: [128 / 255, 128 / 255, 128 / 255],
  orange: [1, 165 / 255, 0],
};

/** `#rgb`, `#rrggbb`, `rgb(r, g, b)` or a basic colour name → 0..1 channels; null if unknown. */
export function parseColor(value: string): Rgb | null {
  const v = value.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  if (short) return [short[1]!, short[2]!, short[3]!].map((h) => parseInt(h + h, 16) / 255) as unknown as Rgb;
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(v);
  if (long) return [long[1]!, long[2]!, long[3]!].map((h) => parseInt(h, 16) / 255) as unknown as Rgb;
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)/.exec(v);
  if (rgb) return [rgb[1]!, rgb[2]!, rgb[3]!].map((c) => Math.min(255, Number(c)) / 255) as unknown as Rgb;
  return NAMED[v] ?? null;
}

function parsePaint(value: string, inherited: Paint): Paint {
  const v = value.trim();
  if (v === 'none' || v === 'transparent') return { kind: 'none' };
  const url = /^url\(\s*#([^)\s]+)\s*\)/.exec(v);
  if (url) return { kind: 'url', id: url[1]! };
  const rgb = parseColor(v);
  return rgb ? { kind: 'color', rgb } : inherited;
}

const num = (v: string | undefined, fallback: number) => {
  const n = v === undefined ? NaN : parseFloat(v);
  return Number.isFinite(n) ? n : fallback;
};
const unit = (v: string | undefined, fallback: number) => Math.min(1, Math.max(0, num(v, fallback)));
const CAPS: Record<string, 0 | 1 | 2> = { butt: 0, round: 1, square: 2 };
const JOINS: Record<string, 0 | 1 | 2> = { miter: 0, round: 1, bevel: 2 };

/** An element's style from its parent's and its own attributes (a `style="…"` attribute counts too). */
export function resolveStyle(parent: SvgStyle, attrs: Readonly<Record<string, string>>): SvgStyle {
  const a: Record<string, string> = { ...attrs };
  for (const decl of (attrs.style ?? '').split(';')) {
    const [k, ...v] = decl.split(':');
    if (k && v.length > 0) a[k.trim()] = v.join(':').trim();
  }
  const dash = a['stroke-dasharray'];
  const weight = a['font-weight'];
  const anchor = a['text-anchor'];
  return {
    fill: a.fill === undefined ? parent.fill : parsePaint(a.fill, parent.fill),
    fillOpacity: unit(a['fill-opacity'], parent.fillOpacity),
    stroke: a.stroke === undefined ? parent.stroke : parsePaint(a.stroke, parent.stroke),
    strokeOpacity: unit(a['stroke-opacity'], parent.strokeOpacity),
    strokeWidth: num(a['stroke-width'], parent.strokeWidth),
    dash:
      dash === undefined
        ? parent.dash
        : dash === 'none'
          ? []
          : (dash.match(/[\d.]+/g) ?? []).map(Number).filter((n) => Number.isFinite(n)),
    lineCap: CAPS[a['stroke-linecap'] ?? ''] ?? parent.lineCap,
    lineJoin: JOINS[a['stroke-linejoin'] ?? ''] ?? parent.lineJoin,
    opacity: parent.opacity * unit(a.opacity, 1),
    fontSize: num(a['font-size'], parent.fontSize),
    bold:
      weight === undefined
        ? parent.bold
        : weight === 'bold' || weight === 'bolder' || num(weight, 400) >= 600,
    anchor: anchor === 'middle' || anchor === 'end' || anchor === 'start' ? anchor : parent.anchor,
    markerEnd: /^url\(\s*#([^)\s]+)\s*\)/.exec(a['marker-end'] ?? '')?.[1],
  };
}
