import * as Y from 'yjs';

/** How long updates from elsewhere wait to be written to the local copy together. */
export const PEER_BATCH_MS = 250;
/** Where updates are written: the map's local copy (`LocalCopy`), or a fake in tests. */
export interface UpdateSink {
  write(update: Uint8Array): void;
}

/**
 * Writing every document update to IndexedDB in a transaction of its own, as it happens, costs
 * ~0.5 ms of main thread per update, paid for each of a busy room's edits. This tab's own edits are
 * still written at once (offline they exist nowhere else); updates that came from the server are
 * safe there, so they are merged (Y.mergeUpdates) and written at most every PEER_BATCH_MS — a tab
 * closed in between reloads them from the server. Updates whose origin is `local` itself (read from
 * the copy) are not written back. `flush` writes what waits; `stop` flushes and stops listening.
 */
export function batchPeerUpdates(
  doc: Y.Doc,
  local: UpdateSink,
  fromServer: (origin: unknown) => boolean,
): { flush(): void; stop(): void } {
  let pending: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const merged = pending.length === 1 ? pending[0]! : Y.mergeUpdates(pending);
    pending = [];
    local.write(merged);
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === local) return; // read from the local copy: already in it
    if (!fromServer(origin)) {
      local.write(update);
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
