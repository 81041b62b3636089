import type { FlowPoint } from '../store/editorStore';
import type { PresenceUser } from './awarenessState';
import type { Peer } from './readPeers';

/** A card a peer is dragging: where it is in the air, and who holds it. */
export interface PeerDragged extends FlowPoint {
  readonly user: PresenceUser;
}

export type PeerDrags = ReadonlyMap<string, PeerDragged>;

export const NO_PEER_DRAGS: PeerDrags = new Map();

/**
 * Node id → where a peer is dragging it right now (the first peer wins when two drag one card).
 * Returns `prev` while no peer's drag changed (readPeers keeps unchanged drags identical), so a
 * cursor moving elsewhere does not rebuild the canvas.
 */
export function readPeerDrags(
  peers: readonly Peer[],
  prev: { peers: readonly Peer[]; drags: PeerDrags },
): PeerDrags {
  const before = prev.peers.filter((p) => p.drag);
  const now = peers.filter((p) => p.drag);
  if (
    now.length === before.length &&
    now.every((p, i) => p.drag === before[i]?.drag && p.user === before[i]?.user)
  )
    return prev.drags;
  if (now.length === 0) return NO_PEER_DRAGS;
  const drags = new Map<string, PeerDragged>();
  for (const p of now)
    for (const c of p.drag!.cards) if (!drags.has(c.id)) drags.set(c.id, { x: c.x, y: c.y, user: p.user });
  return drags;
}
