import type { Room } from './Room';
import type { RoomPeer } from './RoomPeer';

/**
 * What a map's history (server/versions) hears from the rooms, Hocuspocus style: a short list of
 * moments in a room's life. Rooms know nothing else of versions; every hook runs after the fact
 * (the update is stored, the peer is in or out) and must not throw.
 */
export interface RoomHooks {
  /** A doc was loaded into a new room. */
  loaded(room: Room): void;
  /** A peer joined (it is counted in `room.peerCount`). */
  joined(room: Room, peer: RoomPeer): void;
  /** A peer left (no longer counted); not called once the room is being destroyed. */
  left(room: Room, peer: RoomPeer): void;
  /** An update was stored; `author` is who it is attributed to (null: the server itself). */
  saved(room: Room, author: string | null): void;
  /** The room is about to be dropped (unload, eviction, failure or shutdown), peers maybe still in it. */
  dropping(room: Room): void;
}

/** Who an update is attributed to: its origin's `personId` (a connection, or an HTTP action's `{ personId }`). */
export function authorOf(origin: unknown): string | null {
  if (typeof origin !== 'object' || origin === null) return null;
  const personId = (origin as { personId?: unknown }).personId;
  return typeof personId === 'string' ? personId : null;
}
