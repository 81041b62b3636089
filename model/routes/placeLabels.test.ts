import { describe, expect, it } from 'vitest';
import type { Rect } from '../layout';
import { placeLabels, type LabelRequest } from './placeLabels';

const boxOf = (p: { x: number; y: number }, r: LabelRequest): Rect => ({
  x: p.x - r.width / 2,
  y: p.y - r.height / 2,
  width: r.width,
  height: r.height,
});
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every placed label's box, checked against the others and the obstacles. */
function collisions(requests: readonly LabelRequest[], obstacles: readonly Rect[]) {
  const placed = placeLabels(requests, obstacles);
  const boxes = requests.map((r) => ({ id: r.id, box: boxOf(placed.get(r.id)!, r) }));
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (overlaps(a.box, b.box)) found.push(`${a.id}/${b.id}`);
    for (const o of obstacles) if (overlaps(a.box, o)) found.push(`${a.id}/card@${o.x},${o.y}`);
  });
  return { placed, found };
}

const label = (id: string, x: number, y: number, width = 100): LabelRequest => ({
  id,
  width,
  height: 18,
  spots: [
    { x, y },
    { x: x - 40, y: y - 4 },
    { x: x + 40, y: y - 4 },
  ],
});

describe('placeLabels', () => {
  it('leaves a label with room at its first spot', () => {
    const { placed } = collisions([label('a', 300, 200)], []);
    expect(placed.get('a')).toEqual({ x: 300, y: 200, clear: true });
  });

  it('moves two labels wanting the same spot apart', () => {
    const { placed, found } = collisions([label('a', 300, 200), label('b', 300, 200)], []);
    expect(found).toEqual([]);
    expect(placed.get('a')).toEqual({ x: 300, y: 200, clear: true });
    expect(placed.get('b')!.clear).toBe(true);
  });

  it('keeps a label off a card it would sit on', () => {
    const card: Rect = { x: 250, y: 120, width: 200, height: 96 };
    // The middle of the route falls on the card's bottom edge.
    const { placed, found } = collisions([label('a', 350, 214)], [card]);
    expect(found).toEqual([]);
    expect(placed.get('a')!.clear).toBe(true);
  });

  it('stacks many labels at one place without any overlap', () => {
    const requests = Array.from({ length: 5 }, (_, i) => label(`r${i}`, 500, 300));
    const cards: Rect[] = [
      { x: 300, y: 180, width: 200, height: 96 },
      { x: 532, y: 180, width: 200, height: 96 },
    ];
    const { placed, found } = collisions(requests, cards);
    expect(found).toEqual([]);
    expect([...placed.values()].every((p) => p.clear)).toBe(true);
  });

  it('places the same way whatever order the labels come in', () => {
    const requests = [label('a', 300, 200), label('b', 310, 205), label('c', 290, 198), label('d', 600, 200)];
    const cards: Rect[] = [{ x: 200, y: 100, width: 200, height: 96 }];
    const forward = placeLabels(requests, cards);
    const backward = placeLabels([...requests].reverse(), cards);
    expect([...backward.entries()].sort()).toEqual([...forward.entries()].sort());
  });

  it('takes the least crowded spot when nothing is free, and says so', () => {
    // A label boxed in by a card bigger than all its reach.
    const wall: Rect = { x: 0, y: 0, width: 1000, height: 5000 };
    const { placed } = collisions([label('a', 500, 500)], [wall]);
    expect(placed.get('a')!.clear).toBe(false);
  });
});
