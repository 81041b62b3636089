import { describe, expect, it } from 'vitest';
import { NO_PEER_DRAGS } from '../../presence/peerDrags';
import type { CanvasNode } from '../nodeTypes';
import { createPlacer, placeDragged } from './placeDragged';

const card = (id: string, x: number): CanvasNode =>
  ({ id, type: 'touchpoint', position: { x, y: 100 }, data: {} }) as unknown as CanvasNode;
const bob = { id: 'u_bob', name: 'Bob', color: '#2563eb' };

describe('placeDragged', () => {
  it('returns the same array when nothing is in the air', () => {
    const nodes = [card('a', 0)];
    expect(placeDragged(nodes, new Map(), NO_PEER_DRAGS)).toBe(nodes);
  });

  it('moves own and peers’ dragged nodes, own drag first, and keeps the others identical', () => {
    const nodes = [card('a', 0), card('b', 200), card('c', 400)];
    const out = placeDragged(
      nodes,
      new Map([['a', { x: 50, y: 60 }]]),
      new Map([
        ['a', { x: 1, y: 1, user: bob }],
        ['b', { x: 300, y: 310, user: bob }],
      ]),
    );
    expect(out[0]).toMatchObject({ position: { x: 50, y: 60 } });
    expect(out[0]).not.toHaveProperty('className');
    expect(out[1]).toMatchObject({ position: { x: 300, y: 310 }, className: 'is-peer-dragged' });
    expect(out[2]).toBe(nodes[2]);
  });
});

describe('createPlacer', () => {
  it('keeps the object of a node still in the air at the same place, and makes a new one when it moves', () => {
    const place = createPlacer();
    const nodes = [card('a', 0), card('b', 200)];
    const drag = new Map([['a', { x: 50, y: 60 }]]);
    const first = place(nodes, drag, NO_PEER_DRAGS);
    // The map changed elsewhere (a new array, 'a' itself unchanged): the card in the air is kept.
    const again = place([nodes[0]!, card('b', 240)], drag, NO_PEER_DRAGS);
    expect(again[0]).toBe(first[0]);
    const moved = place(nodes, new Map([['a', { x: 70, y: 60 }]]), NO_PEER_DRAGS);
    expect(moved[0]).not.toBe(first[0]);
    expect(moved[0]).toMatchObject({ position: { x: 70, y: 60 } });
    // A changed node under the same drag: a new object from it.
    const renamed = { ...nodes[0]!, data: { title: 'x' } } as unknown as CanvasNode;
    const fromRenamed = place([renamed, nodes[1]!], new Map([['a', { x: 70, y: 60 }]]), NO_PEER_DRAGS);
    expect(fromRenamed[0]).not.toBe(moved[0]);
    expect(fromRenamed[0]!.data).toBe(renamed.data);
  });
});
