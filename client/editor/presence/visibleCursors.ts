import type { PeerCursor } from './awarenessState';
import type { Peer } from './readPeers';

/** A peer's cursor placed on this tab's screen. */
export interface ScreenCursor {
  readonly peer: Peer;
  /** The peer's cursor in flow coordinates. */
  readonly cursor: PeerCursor;
  /** Position inside the canvas, px (flow position through this tab's viewport). */
  readonly left: number;
  readonly top: number;
}

/** How far past the left and top edges a cursor still counts: its arrow and label hang right and down. */
export const CURSOR_REACH_PX = 20;

/**
 * The peers whose cursor lies in the canvas this tab shows, placed on screen. With 300 people on a
 * map most cursors are elsewhere: drawing only these keeps the DOM (and React's work per frame) to
 * what can be seen. An unmeasured canvas (0 × 0) shows none.
 */
export function visibleCursors(
  peers: readonly Peer[],
  transform: { readonly x: number; readonly y: number; readonly zoom: number },
  size: { readonly width: number; readonly height: number },
): ScreenCursor[] {
  const shown: ScreenCursor[] = [];
  if (size.width <= 0 || size.height <= 0) return shown;
  for (const peer of peers) {
    const cursor = peer.cursor;
    if (!cursor) continue;
    const left = cursor.x * transform.zoom + transform.x;
    const top = cursor.y * transform.zoom + transform.y;
    if (left < -CURSOR_REACH_PX || top < -CURSOR_REACH_PX || left > size.width || top > size.height) continue;
    shown.push({ peer, cursor, left, top });
  }
  return shown;
}
