import type { Rect } from '../layout';

/**
 * How a route is drawn, on the canvas and in the export alike: an arc under the cards from the
 * bottom centre of one to the bottom centre of the other, so it never runs behind the cards in
 * between. A cubic curve M s C (sx, low) (tx, low) t, whose lowest point dips further for longer
 * routes. The target end stops 3 px short so the arrowhead is not hidden by the card's border.
 */
export interface RouteArc {
  readonly sx: number;
  readonly sy: number;
  readonly tx: number;
  readonly ty: number;
  /** The y of both control points: how low the arc dips. */
  readonly low: number;
}

export function routeArc(from: Rect, to: Rect): RouteArc {
  const sx = from.x + from.width / 2;
  const sy = from.y + from.height;
  const tx = to.x + to.width / 2;
  const ty = to.y + to.height + 3;
  const low = Math.max(sy, ty) + 16 + Math.min(30, Math.abs(tx - sx) * 0.05);
  return { sx, sy, tx, ty, low };
}

/** The point at `t` (0 = source, 1 = target) along the arc. */
export function pointOnArc(arc: RouteArc, t: number): { x: number; y: number } {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * arc.sx + b * arc.sx + c * arc.tx + d * arc.tx,
    y: a * arc.sy + (b + c) * arc.low + d * arc.ty,
  };
}
