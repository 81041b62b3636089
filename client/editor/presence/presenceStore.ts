import { createStore, type StoreApi } from 'zustand/vanilla';
import type { UserIdentity } from '../../identity/userIdentity';
import { NO_PEER_DRAGS, type PeerDrags } from './peerDrags';
import type { Peer } from './readPeers';

/** Presence as the UI reads it. Session-scoped: lives as long as the open map, never saved. */
export interface PresenceState {
  /** This browser's person (name is null until they pick one). */
  readonly self: UserIdentity;
  /** Everyone else on the map with a valid awareness state, in the order they arrived. */
  readonly peers: readonly Peer[];
  /** The awareness client id whose viewport this tab follows, or null. */
  readonly following: number | null;
  /** Cards peers are dragging right now (node id → position in the air and who holds it). */
  readonly drags: PeerDrags;
}

export type PresenceStore = StoreApi<PresenceState>;

export function createPresenceStore(self: UserIdentity): PresenceStore {
  return createStore<PresenceState>()(() => ({ self, peers: [], following: null, drags: NO_PEER_DRAGS }));
}
