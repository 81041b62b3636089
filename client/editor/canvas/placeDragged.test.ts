import { describe, expect, it } from 'vitest';
import { NO_PEER_DRAGS } from '../presence/peerDrags';
import type { CanvasNode } from './nodeTypes';
import { placeDragged } from './placeDragged';

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
