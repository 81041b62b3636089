import { describe, expect, it } from 'vitest';
import { smoothCurvePath } from './emotionCurve';
import { makeRng } from './testing/randomCommands';

interface Segment {
  from: { x: number; y: number };
  c1: { x: number; y: number };
  c2: { x: number; y: number };
  to: { x: number; y: number };
}

/** Parses the "M x y C x y, x y, x y …" paths smoothCurvePath writes. */
function parsePath(d: string): { start: { x: number; y: number }; segments: Segment[] } {
  const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const pt = (i: number) => ({ x: nums[i]!, y: nums[i + 1]! });
  const start = pt(0);
  const segments: Segment[] = [];
  let from = start;
  for (let i = 2; i + 5 < nums.length; i += 6) {
    const seg = { from, c1: pt(i), c2: pt(i + 2), to: pt(i + 4) };
    segments.push(seg);
    from = seg.to;
  }
  return { start, segments };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 0.05 + 1e-9;

describe('smoothCurvePath', () => {
  it('is empty for no points and a bare move for one', () => {
    expect(smoothCurvePath([])).toBe('');
    expect(smoothCurvePath([{ x: 10, y: 20 }])).toBe('M 10 20');
  });

  it('passes through every point, in order, with one cubic segment between neighbours', () => {
    const points = [
      { x: 100, y: 80 },
      { x: 330, y: 140 },
      { x: 560, y: 20 },
      { x: 790, y: 140 },
    ];
    const { start, segments } = parsePath(smoothCurvePath(points));
    expect(segments).toHaveLength(points.length - 1);
    expect(start).toEqual(points[0]);
    segments.forEach((s, i) => expect(s.to).toEqual(points[i + 1]));
  });

  it('never overshoots: a dip to the lowest score is not drawn below it', () => {
    // Neutral, frustrated, neutral: a plain Catmull-Rom would bulge past the dip.
    const points = [
      { x: 0, y: 50 },
      { x: 100, y: 150 },
      { x: 200, y: 150 },
      { x: 300, y: 50 },
    ];
    const { segments } = parsePath(smoothCurvePath(points));
    for (const s of segments) {
      for (const c of [s.c1, s.c2]) {
        expect(c.y).toBeGreaterThanOrEqual(Math.min(s.from.y, s.to.y));
        expect(c.y).toBeLessThanOrEqual(Math.max(s.from.y, s.to.y));
      }
    }
    // The flat bottom stays flat.
    expect([segments[1]!.c1.y, segments[1]!.c2.y]).toEqual([150, 150]);
  });

  it('does not loop back when two points share an x (cards in two card lanes of one slot)', () => {
    const points = [
      { x: 0, y: 100 },
      { x: 232, y: 40 },
      { x: 232, y: 140 },
      { x: 464, y: 90 },
    ];
    const { segments } = parsePath(smoothCurvePath(points));
    expect([segments[1]!.c1.x, segments[1]!.c2.x]).toEqual([232, 232]);
    for (const s of segments) for (const c of [s.c1, s.c2]) expect(c.x).toBeLessThanOrEqual(s.to.x);
  });

  it('keeps control points inside each segment, for random left-to-right points', () => {
    const rng = makeRng(3);
    for (let run = 0; run < 100; run++) {
      let x = rng.int(50);
      const points = Array.from({ length: 2 + rng.int(12) }, () => {
        x += 1 + rng.int(300);
        return { x, y: 26 + rng.next() * 124 };
      });
      const { start, segments } = parsePath(smoothCurvePath(points));
      expect(close(start.x, points[0]!.x) && close(start.y, points[0]!.y)).toBe(true);
      segments.forEach((s, i) => {
        const p = points[i + 1]!;
        expect(close(s.to.x, p.x) && close(s.to.y, p.y)).toBe(true);
        const lo = Math.min(s.from.y, s.to.y) - 0.05;
        const hi = Math.max(s.from.y, s.to.y) + 0.05;
        for (const c of [s.c1, s.c2]) {
          expect(c.y).toBeGreaterThanOrEqual(lo);
          expect(c.y).toBeLessThanOrEqual(hi);
          // Horizontally too, so the curve never loops back.
          expect(c.x).toBeGreaterThanOrEqual(s.from.x - 0.05);
          expect(c.x).toBeLessThanOrEqual(s.to.x + 0.05);
        }
      });
    }
  });
});
