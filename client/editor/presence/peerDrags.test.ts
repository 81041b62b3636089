import { describe, expect, it } from 'vitest';
import { parseAwarenessState } from './awarenessState';
import { NO_PEER_DRAGS, readPeerDrags } from './peerDrags';
import { readPeers } from './readPeers';

const bob = { id: 'u_bob', name: 'Bob', color: '#2563eb' };
const carmen = { id: 'u_carmen', name: 'Carmen', color: '#059669' };
const own = { clientId: 1, userId: 'u_alice' };
const drag = (...cards: Array<[string, number, number]>) => ({
  cards: cards.map(([id, x, y]) => ({ id, x, y })),
});

describe('awareness drag', () => {
  it('keeps a valid drag and reads a hostile one as null, keeping the peer', () => {
    expect(parseAwarenessState({ user: bob, drag: drag(['tp1', 10, 20]) })?.drag).toEqual(
      drag(['tp1', 10, 20]),
    );
    for (const bad of [
      drag(['tp1', Infinity, 0]),
      { cards: [] },
      { cards: Array(201).fill({ id: 'a', x: 0, y: 0 }) },
      'x',
    ]) {
      const state = parseAwarenessState({ user: bob, drag: bad });
      expect(state?.user).toEqual(bob);
      expect(state?.drag).toBeNull();
    }
  });
});

describe('readPeerDrags', () => {
  const peersOf = (entries: Array<[number, unknown]>, prev: Parameters<typeof readPeers>[2] = []) =>
    readPeers(new Map(entries), own, prev);

  it('maps each dragged card to its position and dragger; the first peer wins a card', () => {
    const peers = peersOf([
      [2, { user: bob, drag: drag(['tp1', 10, 20], ['tp2', 30, 40]) }],
      [3, { user: carmen, drag: drag(['tp2', 0, 0]) }],
    ]);
    const drags = readPeerDrags(peers, { peers: [], drags: NO_PEER_DRAGS });
    expect([...drags]).toEqual([
      ['tp1', { x: 10, y: 20, user: bob }],
      ['tp2', { x: 30, y: 40, user: bob }],
    ]);
  });

  it('stays identical while only cursors move, and empties when the drag ends', () => {
    const first = peersOf([[2, { user: bob, cursor: { x: 0, y: 0 }, drag: drag(['tp1', 10, 20]) }]]);
    const drags = readPeerDrags(first, { peers: [], drags: NO_PEER_DRAGS });
    const moved = peersOf([[2, { user: bob, cursor: { x: 5, y: 5 }, drag: drag(['tp1', 10, 20]) }]], first);
    expect(moved).not.toBe(first);
    expect(readPeerDrags(moved, { peers: first, drags })).toBe(drags);
    const dropped = peersOf([[2, { user: bob, cursor: { x: 5, y: 5 } }]], moved);
    expect(readPeerDrags(dropped, { peers: moved, drags })).toBe(NO_PEER_DRAGS);
  });
});
