import * as Y from 'yjs';
import { batchPeerUpdates, type UpdateSink } from './batchPeerUpdates';
import {
  appendUpdate,
  compactUpdates,
  localCopyName,
  openLocalCopyDb,
  readAllUpdates,
  shouldCompact,
} from './localCopyDb';

/** How long a due compaction waits, so a burst of edits is compacted once (y-indexeddb's 1 s). */
const COMPACT_DELAY_MS = 1000;

/**
 * A map's copy in this browser's IndexedDB, so it opens offline and edits made offline survive a
 * reload until they sync. Three hooks, as in Hocuspocus's Database extension: load (every stored
 * update into the doc, with this object as origin), store (this tab's edits at once, the server's
 * batched: `batchPeerUpdates`) and compact (one snapshot once COMPACT_AFTER updates are stored).
 * Uses only IndexedDB's public API; a browser without a usable IndexedDB gets a map that still
 * opens (`whenLoaded` resolves) and is simply not kept.
 */
export class LocalCopy implements UpdateSink {
  /** Resolves once the stored updates are in the doc (or the copy turned out unusable). */
  readonly whenLoaded: Promise<void>;
  private db: IDBDatabase | null = null;
  private readonly batch: { flush(): void; stop(): void };
  /** Key of the last update this doc has read: a compaction reads what was stored after it. */
  private loadedUpTo = 0;
  private stored = 0;
  private compactTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor(
    mapId: string,
    private readonly doc: Y.Doc,
    fromServer: (origin: unknown) => boolean,
  ) {
    this.whenLoaded = openLocalCopyDb(localCopyName(mapId))
      .catch(() => null)
      .then((db) => this.load(db));
    // Listening starts now: an edit made before the database opens is written once it has.
    this.batch = batchPeerUpdates(doc, this, fromServer);
  }

  private async load(db: IDBDatabase | null): Promise<void> {
    if (db === null) return;
    const read = await readAllUpdates(db).catch(() => null);
    if (read !== null && !this.destroyed) {
      try {
        Y.transact(this.doc, () => read.updates.forEach((u) => Y.applyUpdate(this.doc, u)), this, false);
      } catch {
        db.close(); // a corrupt update: leave the copy alone, the map opens from the server
        return;
      }
      this.loadedUpTo = read.lastKey;
      this.stored = read.updates.length;
    }
    // Even once destroyed: edits made before the load still get written, then the database closes.
    this.db = db;
  }

  /** Stores one update (UpdateSink): at once when the copy is loaded, else right after the load. */
  write(update: Uint8Array): void {
    if (this.db !== null) this.append(this.db, update);
    else
      void this.whenLoaded.then(() => {
        if (this.db !== null) this.append(this.db, update);
      });
  }

  private append(db: IDBDatabase, update: Uint8Array): void {
    void appendUpdate(db, update).catch(() => undefined);
    if (shouldCompact(++this.stored))
      this.compactTimer ??= setTimeout(() => this.compact(), COMPACT_DELAY_MS);
  }

  private compact(): void {
    this.compactTimer = null;
    if (this.db === null || this.destroyed) return;
    const snapshot = (newer: Uint8Array[]) => {
      Y.transact(this.doc, () => newer.forEach((u) => Y.applyUpdate(this.doc, u)), this, false);
      return Y.encodeStateAsUpdate(this.doc);
    };
    this.stored = 1;
    void compactUpdates(this.db, this.loadedUpTo, snapshot)
      .then((key) => (this.loadedUpTo = key))
      .catch(() => undefined);
  }

  /** Writes the server's updates that wait for their batch (on pagehide: offline they exist nowhere else). */
  flush(): void {
    this.batch.flush();
  }

  /** Writes what waits, stops listening and closes the database once its writes are done. */
  destroy(): void {
    this.batch.stop();
    this.destroyed = true;
    if (this.compactTimer !== null) clearTimeout(this.compactTimer);
    // After the writes queued behind the load (they were chained first), so none is refused.
    void this.whenLoaded.then(() => this.db?.close());
  }
}
