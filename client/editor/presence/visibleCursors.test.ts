import { describe, expect, it } from 'vitest';
import type { Peer } from './readPeers';
import { visibleCursors } from './visibleCursors';

function peer(clientId: number, cursor: { x: number; y: number } | null): Peer {
  return {
    clientId,
    user: { id: `p${clientId}`, name: `P${clientId}`, color: '#112233' },
    cursor,
    selection: null,
    editing: null,
    viewport: null,
    view: null,
    summon: null,
    drag: null,
    presenting: null,
  };
}

const size = { width: 800, height: 600 };

describe('visibleCursors', () => {
  it('keeps only cursors inside the canvas, placed through the viewport', () => {
    const peers = [
      peer(1, { x: 100, y: 100 }),
      peer(2, { x: 5000, y: 100 }),
      peer(3, null),
      peer(4, { x: -300, y: 0 }),
    ];
    // Panned 50 px right and down, zoomed to 2.
    const shown = visibleCursors(peers, { x: 50, y: 50, zoom: 2 }, size);
    expect(shown.map((c) => [c.peer.clientId, c.left, c.top])).toEqual([[1, 250, 250]]);
  });

  it('follows this tab’s pan: a cursor off screen comes in when the view moves to it', () => {
    const peers = [peer(1, { x: 2000, y: 300 })];
    expect(visibleCursors(peers, { x: 0, y: 0, zoom: 1 }, size)).toHaveLength(0);
    expect(visibleCursors(peers, { x: -1500, y: 0, zoom: 1 }, size)).toHaveLength(1);
  });

  it('keeps a cursor just past the left edge, whose label still shows, and drops one further out', () => {
    const peers = [peer(1, { x: -10, y: 10 }), peer(2, { x: -100, y: 10 })];
    expect(visibleCursors(peers, { x: 0, y: 0, zoom: 1 }, size).map((c) => c.peer.clientId)).toEqual([1]);
  });

  it('shows nothing on a canvas not measured yet', () => {
    expect(
      visibleCursors([peer(1, { x: 0, y: 0 })], { x: 0, y: 0, zoom: 1 }, { width: 0, height: 0 }),
    ).toEqual([]);
  });
});
