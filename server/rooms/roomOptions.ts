import type { Logger } from '../log';
import type { DocRelay } from '../cluster/DocRelay';
import type { RelayTiming } from './AwarenessRelay';
import type { Room } from './Room';
import type { RoomHooks } from './RoomHooks';

/** What a `Room` is told by its manager: its limits, its listeners and its neighbours. */
export interface RoomOptions {
  compactEvery: number;
  logger: Logger;
  /** The last peer left: the manager may unload the room after its TTL. */
  onIdle(room: Room): void;
  /** A write to the store failed: the manager must drop the room without saving it. */
  onFailed(room: Room): void;
  /** How presence is batched; tests shorten it. */
  relayTiming?: RelayTiming;
  /** After a failed write, how long the doc refuses to reload (told to clients as "retry in N s"). */
  storageRetryMs?: number;
  /** The map's history listens here (server/versions); absent, nobody does. */
  hooks?: RoomHooks;
  /** The clock stamped on stored updates and edits (ms since the epoch); tests move it. */
  now?: () => number;
  /** Issue 20: the other processes holding this doc (default: none). */
  relay?: DocRelay;
}

/** What the store held when the doc was loaded. */
export interface LoadedState {
  /** Sequence number of the last logged update. */
  lastSeq: number;
  /** Updates logged since the last snapshot. */
  pending: number;
  /** maps.title as stored; if it differs from the doc's title, the next write corrects it. */
  storedTitle: string;
}
