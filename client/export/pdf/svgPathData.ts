/**
 * SVG geometry → absolute move/line/cubic/close segments, the only ones a PDF path needs: path data
 * (every command, relative or absolute; quadratics and arcs become cubics), rects with rounded
 * corners, circles, ellipses, lines and polylines.
 */
export type Segment =
  | { readonly op: 'M' | 'L'; readonly x: number; readonly y: number }
  | {
      readonly op: 'C';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly x: number;
      readonly y: number;
    }
  | { readonly op: 'Z' };

const ARGS: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

/** Path data → segments. Unknown commands or a wrong argument count throw. */
export function parsePathData(d: string): Segment[] {
  const tokens = d.match(/[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  const out: Segment[] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  // The last control point, for the smooth commands S and T.
  let [cx, cy] = [0, 0];
  let prev = '';
  let i = 0;
  let cmd = '';
  const n = () => {
    const t = tokens[i++];
    if (t === undefined || /[a-zA-Z]/.test(t)) throw new Error(`Bad path data: "${d.slice(0, 40)}"`);
    return Number(t);
  };
  const cubic = (x1: number, y1: number, x2: number, y2: number, ex: number, ey: number) => {
    out.push({ op: 'C', x1, y1, x2, y2, x: ex, y: ey });
    [cx, cy, x, y] = [x2, y2, ex, ey];
  };
  const quad = (qx: number, qy: number, ex: number, ey: number) => {
    cubic(
      x + (2 / 3) * (qx - x),
      y + (2 / 3) * (qy - y),
      ex + (2 / 3) * (qx - ex),
      ey + (2 / 3) * (qy - ey),
      ex,
      ey,
    );
    [cx, cy] = [qx, qy];
  };
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i]!)) cmd = tokens[i++]!;
    else if (!cmd || cmd === 'Z' || cmd === 'z') throw new Error(`Bad path data: "${d.slice(0, 40)}"`);
    const upper = cmd.toUpperCase();
    if (ARGS[upper] === undefined) throw new Error(`Unsupported path command "${cmd}"`);
    const rel = cmd !== upper;
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    const smooth = (prev === 'C' || prev === 'S') && upper === 'S';
    const smoothQ = (prev === 'Q' || prev === 'T') && upper === 'T';
    switch (upper) {
      case 'M':
        [x, y] = [ox + n(), oy + n()];
        [startX, startY] = [x, y];
        out.push({ op: 'M', x, y });
        cmd = rel ? 'l' : 'L'; // further pairs are lines
        break;
      case 'L':
        [x, y] = [ox + n(), oy + n()];
        out.push({ op: 'L', x, y });
        break;
      case 'H':
        x = ox + n();
        out.push({ op: 'L', x, y });
        break;
      case 'V':
        y = oy + n();
        out.push({ op: 'L', x, y });
        break;
      case 'C':
        cubic(ox + n(), oy + n(), ox + n(), oy + n(), ox + n(), oy + n());
        break;
      case 'S': {
        const [x1, y1] = smooth ? [2 * x - cx, 2 * y - cy] : [x, y];
        cubic(x1, y1, ox + n(), oy + n(), ox + n(), oy + n());
        break;
      }
      case 'Q':
        quad(ox + n(), oy + n(), ox + n(), oy + n());
        break;
      case 'T': {
        const [qx, qy] = smoothQ ? [2 * x - cx, 2 * y - cy] : [x, y];
        quad(qx, qy, ox + n(), oy + n());
        break;
      }
      case 'A': {
        const [rx, ry, rot, large, sweep] = [n(), n(), n(), n(), n()];
        const [ex, ey] = [ox + n(), oy + n()];
        for (const c of arcToCubics(x, y, rx, ry, rot, large !== 0, sweep !== 0, ex, ey)) cubic(...c);
        [x, y] = [ex, ey];
        break;
      }
      case 'Z':
        out.push({ op: 'Z' });
        [x, y] = [startX, startY];
        break;
    }
    prev = upper;
  }
  return out;
}

type Cubic = [number, number, number, number, number, number];

/** An elliptical arc (SVG endpoint form, spec appendix B.2.4) as cubics of ≤ 90° each. */
function arcToCubics(
  x1: number,
  y1: number,
  rxIn: number,
  ryIn: number,
  angle: number,
  large: boolean,
  sweep: boolean,
  x2: number,
  y2: number,
): Cubic[] {
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0 || (x1 === x2 && y1 === y2)) return [[x1, y1, x2, y2, x2, y2]];
  const phi = (angle * Math.PI) / 180;
  const [cos, sin] = [Math.cos(phi), Math.sin(phi)];
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const px = cos * dx + sin * dy;
  const py = -sin * dx + cos * dy;
  const lambda = (px * px) / (rx * rx) + (py * py) / (ry * ry);
  if (lambda > 1) [rx, ry] = [rx * Math.sqrt(lambda), ry * Math.sqrt(lambda)];
  const num = rx * rx * ry * ry - rx * rx * py * py - ry * ry * px * px;
  const den = rx * rx * py * py + ry * ry * px * px;
  const coef = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cxp = (coef * rx * py) / ry;
  const cyp = (-coef * ry * px) / rx;
  const centerX = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const centerY = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angleOf = (ux: number, uy: number) => Math.atan2(uy, ux);
  const t1 = angleOf((px - cxp) / rx, (py - cyp) / ry);
  let dt = angleOf((-px - cxp) / rx, (-py - cyp) / ry) - t1;
  if (sweep && dt < 0) dt += 2 * Math.PI;
  if (!sweep && dt > 0) dt -= 2 * Math.PI;
  const parts = Math.ceil(Math.abs(dt) / (Math.PI / 2) - 1e-9);
  const step = dt / parts;
  const k = (4 / 3) * Math.tan(step / 4);
  const point = (t: number): [number, number] => [
    centerX + rx * Math.cos(t) * cos - ry * Math.sin(t) * sin,
    centerY + rx * Math.cos(t) * sin + ry * Math.sin(t) * cos,
  ];
  const deriv = (t: number): [number, number] => [
    -rx * Math.sin(t) * cos - ry * Math.cos(t) * sin,
    -rx * Math.sin(t) * sin + ry * Math.cos(t) * cos,
  ];
  const out: Cubic[] = [];
  for (let p = 0; p < parts; p++) {
    const a = t1 + p * step;
    const b = a + step;
    const [ax, ay] = point(a);
    const [bx, by] = p === parts - 1 ? [x2, y2] : point(b);
    const [dax, day] = deriv(a);
    const [dbx, dby] = deriv(b);
    out.push([ax + k * dax, ay + k * day, bx - k * dbx, by - k * dby, bx, by]);
  }
  return out;
}

/** A rectangle, its corners rounded by rx/ry (clamped to half the sides, as SVG does). */
export function rectSegments(
  x: number,
  y: number,
  w: number,
  h: number,
  rxIn: number,
  ryIn: number,
): Segment[] {
  const rx = Math.min(rxIn, w / 2);
  const ry = Math.min(ryIn, h / 2);
  if (rx <= 0 || ry <= 0) {
    return [
      { op: 'M', x, y },
      { op: 'L', x: x + w, y },
      { op: 'L', x: x + w, y: y + h },
      { op: 'L', x, y: y + h },
      { op: 'Z' },
    ];
  }
  return parsePathData(
    `M${x + rx} ${y}H${x + w - rx}A${rx} ${ry} 0 0 1 ${x + w} ${y + ry}V${y + h - ry}` +
      `A${rx} ${ry} 0 0 1 ${x + w - rx} ${y + h}H${x + rx}A${rx} ${ry} 0 0 1 ${x} ${y + h - ry}` +
      `V${y + ry}A${rx} ${ry} 0 0 1 ${x + rx} ${y}Z`,
  );
}

export function ellipseSegments(cx: number, cy: number, rx: number, ry: number): Segment[] {
  if (rx <= 0 || ry <= 0) return [];
  return parsePathData(
    `M${cx + rx} ${cy}A${rx} ${ry} 0 0 1 ${cx} ${cy + ry}A${rx} ${ry} 0 0 1 ${cx - rx} ${cy}` +
      `A${rx} ${ry} 0 0 1 ${cx} ${cy - ry}A${rx} ${ry} 0 0 1 ${cx + rx} ${cy}Z`,
  );
}

/** `points="x,y x,y …"` → a polyline (closed for a polygon). */
export function polySegments(points: string, closed: boolean): Segment[] {
  const v = (points.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? []).map(Number);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < v.length; i += 2) out.push({ op: i === 0 ? 'M' : 'L', x: v[i]!, y: v[i + 1]! });
  if (closed && out.length > 0) out.push({ op: 'Z' });
  return out;
}

/** Where a path ends and the angle it arrives at (radians), for `marker-end` with `orient="auto"`. */
export function endDirection(segments: readonly Segment[]): { x: number; y: number; angle: number } | null {
  let last: { x: number; y: number } | null = null;
  let from: { x: number; y: number } | null = null;
  for (const s of segments) {
    if (s.op === 'Z') continue;
    if (s.op === 'C') {
      from = s.x2 === s.x && s.y2 === s.y ? { x: s.x1, y: s.y1 } : { x: s.x2, y: s.y2 };
    } else {
      from = last;
    }
    last = { x: s.x, y: s.y };
  }
  if (!last) return null;
  const angle = from ? Math.atan2(last.y - from.y, last.x - from.x) : 0;
  return { ...last, angle };
}
