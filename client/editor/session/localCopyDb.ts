/**
 * The IndexedDB side of a map's local copy, in y-indexeddb 9's format so copies saved before we
 * wrote our own still open: one database per map (`journey-map-<id>`, version 1), an auto-keyed
 * `updates` store of Yjs updates (the doc is all of them applied in key order) and an unused
 * `custom` store that y-indexeddb also creates.
 */
const UPDATES = 'updates';
const CUSTOM = 'custom';

/** The database name of a map's local copy (y-indexeddb's, as the old code named it). */
export const localCopyName = (mapId: string): string => `journey-map-${mapId}`;

/** Past this many stored updates the copy is compacted to one snapshot (y-indexeddb's PREFERRED_TRIM_SIZE). */
export const COMPACT_AFTER = 500;

/** Whether a copy holding `stored` updates is due a compaction. */
export const shouldCompact = (stored: number): boolean => stored >= COMPACT_AFTER;

/** Opens (and on first use creates) a map's database. */
export function openLocalCopyDb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(UPDATES)) db.createObjectStore(UPDATES, { autoIncrement: true });
      if (!db.objectStoreNames.contains(CUSTOM)) db.createObjectStore(CUSTOM);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
  });
}

/** Stored updates with keys above `after`, oldest first, and the last key read (`after` if none). */
export interface StoredUpdates {
  readonly updates: Uint8Array[];
  readonly lastKey: number;
}

/** Reads updates with keys above `after`, then hands them to `then` inside the same transaction. */
function readAfter(store: IDBObjectStore, after: number, then: (read: StoredUpdates) => void): void {
  const updates: Uint8Array[] = [];
  let lastKey = after;
  const cursor = store.openCursor(IDBKeyRange.lowerBound(after, true));
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (at === null) {
      then({ updates, lastKey });
      return;
    }
    updates.push(at.value as Uint8Array);
    lastKey = at.key as number;
    at.continue();
  };
}

/** Resolves when the transaction commits, rejects when it fails or aborts. */
function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** Every stored update, oldest first. */
export async function readAllUpdates(db: IDBDatabase): Promise<StoredUpdates> {
  const tx = db.transaction(UPDATES, 'readonly');
  let read: StoredUpdates = { updates: [], lastKey: 0 };
  readAfter(tx.objectStore(UPDATES), 0, (r) => (read = r));
  await done(tx);
  return read;
}

/** Appends one update; its transaction starts now, so a write begun on pagehide is not lost. */
export async function appendUpdate(db: IDBDatabase, update: Uint8Array): Promise<void> {
  const tx = db.transaction(UPDATES, 'readwrite');
  tx.objectStore(UPDATES).add(update);
  await done(tx);
}

/**
 * Replaces every stored update by one snapshot, in one transaction: the updates stored after
 * `after` (another tab's, or this one's since the load) go to `snapshot` first, which applies them
 * and returns the whole doc, so nothing stored is dropped without being in it. Resolves to the
 * snapshot's key.
 */
export async function compactUpdates(
  db: IDBDatabase,
  after: number,
  snapshot: (newer: Uint8Array[]) => Uint8Array,
): Promise<number> {
  const tx = db.transaction(UPDATES, 'readwrite');
  const store = tx.objectStore(UPDATES);
  let key = after;
  readAfter(store, after, ({ updates }) => {
    const added = store.add(snapshot(updates));
    added.onsuccess = () => {
      key = added.result as number;
      store.delete(IDBKeyRange.upperBound(key, true));
    };
  });
  await done(tx);
  return key;
}
