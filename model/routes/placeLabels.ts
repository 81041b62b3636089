import type { Rect } from '../layout';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** One label to place: its size and the spots (centres) it may take, best first. */
export interface LabelRequest {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** E.g. points along the label's route, its middle first. Never empty. */
  readonly spots: readonly Point[];
}

/** Where a label's centre went; `clear` is false when every spot collided and the least bad was taken. */
export interface PlacedLabel {
  readonly x: number;
  readonly y: number;
  readonly clear: boolean;
}

/** Space kept between a label and a card or another label. */
const GAP = 3;
/** How many label heights a label may step down or up from a spot when every spot is taken. */
const STACK_STEPS = 4;
/** Past those, it keeps stepping down (never onto anything) up to this many heights. */
const MAX_STEPS_DOWN = 60;

/**
 * Places labels so that none overlaps another or any obstacle (the cards): each label takes the
 * first of its spots that is free; when none is, it is stacked below (then above) a spot, one label
 * height at a time. Labels are placed left to right (then by id), so the result does not depend on
 * the order they are given in: every client and every export places them the same way. A label with
 * no free place at all takes the spot it overlaps least. Pure.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Rect[],
): ReadonlyMap<string, PlacedLabel> {
  const taken = new RectIndex();
  for (const o of obstacles) taken.add(pad(o, GAP));
  const placed = new Map<string, PlacedLabel>();
  const ordered = [...requests].sort(
    (a, b) => a.spots[0]!.x - b.spots[0]!.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const req of ordered) {
    let best: { box: Rect; overlap: number } | undefined;
    for (const centre of candidates(req)) {
      const box = {
        x: centre.x - req.width / 2,
        y: centre.y - req.height / 2,
        width: req.width,
        height: req.height,
      };
      const overlap = taken.overlap(box);
      if (overlap === 0) {
        best = { box, overlap };
        break;
      }
      if (!best || overlap < best.overlap) best = { box, overlap };
    }
    const { box, overlap } = best!;
    taken.add(pad(box, GAP));
    placed.set(req.id, { x: box.x + box.width / 2, y: box.y + box.height / 2, clear: overlap === 0 });
  }
  return placed;
}

/**
 * Every spot as given first, then each spot stepped down and up by one label height, then two… up
 * to STACK_STEPS; then the first spot stepped further down, where a crowded stage's labels pile up.
 */
function* candidates(req: LabelRequest): Generator<Point> {
  yield* req.spots;
  const step = req.height + GAP;
  for (let k = 1; k <= STACK_STEPS; k++) {
    for (const s of req.spots) yield { x: s.x, y: s.y + k * step };
    for (const s of req.spots) yield { x: s.x, y: s.y - k * step };
  }
  const first = req.spots[0]!;
  for (let k = STACK_STEPS + 1; k <= MAX_STEPS_DOWN; k++) yield { x: first.x, y: first.y + k * step };
}

const pad = (r: Rect, by: number): Rect => ({
  x: r.x - by,
  y: r.y - by,
  width: r.width + 2 * by,
  height: r.height + 2 * by,
});

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Rectangles bucketed by x, so a label is tested against the cards of its own column, not all 500.
 * A rectangle spanning several buckets is in each; a query counts it only in the first bucket both
 * share, so it is counted once without keeping a set of what was seen.
 */
class RectIndex {
  private readonly buckets = new Map<number, Rect[]>();

  add(r: Rect): void {
    for (let b = bucketOf(r.x); b <= bucketOf(r.x + r.width); b++) {
      const list = this.buckets.get(b);
      if (list) list.push(r);
      else this.buckets.set(b, [r]);
    }
  }

  /** The area `r` shares with what is already here (0: it is free). */
  overlap(r: Rect): number {
    let total = 0;
    const first = bucketOf(r.x);
    for (let b = first; b <= bucketOf(r.x + r.width); b++) {
      for (const o of this.buckets.get(b) ?? []) {
        if (Math.max(first, bucketOf(o.x)) === b) total += overlapArea(r, o);
      }
    }
    return total;
  }
}

/** Canvas units per bucket: about a card slot. */
const BUCKET = 256;
const bucketOf = (x: number) => Math.floor(x / BUCKET);
