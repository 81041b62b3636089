import * as Y from 'yjs';

/** How long updates from elsewhere wait to be written to the local copy together. */
export const PEER_BATCH_MS = 250;
/** The origin the merged updates are written with (anything but the persistence itself). */
const PEER_BATCH = Symbol('peer batch');

/** The part of y-indexeddb's IndexeddbPersistence this needs (its per-update writer, pinned 9.0.12). */
export interface LocalCopy {
  readonly _storeUpdate: (update: Uint8Array, origin: unknown) => void;
}

/**
 * y-indexeddb writes every document update to IndexedDB in a transaction of its own, as it happens:
 * ~0.5 ms of main thread per update, paid for each of a busy room's edits. This tab's own edits are
 * still written at once (offline they exist nowhere else); updates that came from the server are
 * safe there, so they are merged (Y.mergeUpdates) and written at most every PEER_BATCH_MS — a tab
 * closed in between reloads them from the server. `flush` writes what waits; `stop` flushes and
 * hands the doc's updates back to nobody (call it before destroying the persistence).
 */
export function batchPeerUpdates(
  doc: Y.Doc,
  local: LocalCopy,
  fromServer: (origin: unknown) => boolean,
): { flush(): void; stop(): void } {
  const store = local._storeUpdate;
  doc.off('update', store);
  let pending: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const merged = pending.length === 1 ? pending[0]! : Y.mergeUpdates(pending);
    pending = [];
    store(merged, PEER_BATCH);
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === local) return; // read from the local copy: already in it
    if (!fromServer(origin)) {
      store(update, origin);
      return;
    }
    pending.push(update);
    timer ??= setTimeout(flush, PEER_BATCH_MS);
  };
  doc.on('update', onUpdate);
  return {
    flush,
    stop() {
      doc.off('update', onUpdate);
      flush();
    },
  };
}
