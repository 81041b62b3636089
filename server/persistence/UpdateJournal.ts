import type { MapTouch } from './MapStore';

/** One doc update waiting to be made durable (issue 20: group commit). */
export interface JournalEntry {
  /** Doc id (`docKeys.ts`): the map id, or `<mapId>/comments`. */
  docId: string;
  update: Uint8Array;
  /** Map docs: the map row's touch (updatedAt, title when it changed), in the same transaction. */
  touch?: MapTouch;
  /** Map docs: the person credited in the edit log (null or absent: the server). */
  author?: string | null;
  /** Map docs: Yjs client ids first seen writing for `author`, stored in `doc_clients` with it. */
  claims?: readonly number[];
}

/**
 * The durable write path of doc updates. Updates that arrive while a commit is in flight (from
 * every room) are written by the next commit: one transaction and one fsync for all of them, off
 * the event loop. A room broadcasts an update only once its `append` has resolved, so "on disk
 * before anyone else sees it" holds exactly as with the synchronous `MapStore.appendUpdate`.
 *
 * Order: appends resolve in the order they were made (per journal), and a doc's updates are stored
 * in that order. A failed commit rejects every append in it; the rooms concerned must fail (close
 * 1013, reload from the store), since their docs are now ahead of the disk.
 */
export interface UpdateJournal {
  /** Queues one update; resolves with its sequence number once it is durable. */
  append(entry: JournalEntry): Promise<number>;
  /** Resolves once every append made before the call has been committed (or has failed). */
  flush(): Promise<void>;
  /** Flushes, then stops; appends after close reject. */
  close(): Promise<void>;
}
