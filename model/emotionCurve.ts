export interface XY {
  readonly x: number;
  readonly y: number;
}
/** One cubic Bézier piece of the curve: from `p1` to `p2` with control points `c1`, `c2`. */
export interface CubicSegment {
  readonly p1: XY;
  readonly c1: XY;
  readonly c2: XY;
  readonly p2: XY;
}

/**
 * A smooth SVG path through the emotion points, left to right: a Catmull-Rom spline turned into
 * cubic Béziers, with control points clamped into each segment's box so the curve never overshoots
 * a score (a dip to -2 must not be drawn below -2) and never runs back in time. Expects points
 * sorted by x.
 */
export function smoothCurvePath(points: ReadonlyArray<XY>): string {
  const first = points[0];
  if (!first) return '';
  let d = `M ${fmt(first.x)} ${fmt(first.y)}`;
  for (const { c1, c2, p2 } of smoothCurveSegments(points)) {
    d += ` C ${fmt(c1.x)} ${fmt(c1.y)}, ${fmt(c2.x)} ${fmt(c2.y)}, ${fmt(p2.x)} ${fmt(p2.y)}`;
  }
  return d;
}

/**
 * The same curve as Bézier pieces, for drawing it in parts (the export colours each part by its
 * score, because PDF writers cannot stroke with a gradient).
 */
export function smoothCurveSegments(points: ReadonlyArray<XY>): CubicSegment[] {
  const out: CubicSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const lo = Math.min(p1.y, p2.y);
    const hi = Math.max(p1.y, p2.y);
    // x is clamped to the segment too: with uneven gaps (two cards at the same x in different card
    // lanes, or a close pair after a wide gap) the raw control point passes the next point and the
    // curve loops back in time.
    const c1 = { x: clamp(p1.x + (p2.x - p0.x) / 6, p1.x, p2.x), y: clamp(p1.y + (p2.y - p0.y) / 6, lo, hi) };
    const c2 = { x: clamp(p2.x - (p3.x - p1.x) / 6, p1.x, p2.x), y: clamp(p2.y - (p3.y - p1.y) / 6, lo, hi) };
    out.push({ p1: { x: p1.x, y: p1.y }, c1, c2, p2: { x: p2.x, y: p2.y } });
  }
  return out;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
