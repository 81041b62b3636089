import type * as Y from 'yjs';

/** What the unsynced count needs from the connection (a WebsocketProvider, or a fake in tests). */
export interface SyncLink {
  /** Connected and the sync handshake finished: local updates now go straight to the server. */
  readonly synced: boolean;
  /** Calls back on every change of `synced`; returns the unsubscribe. */
  onSynced(listener: (synced: boolean) => void): () => void;
  /**
   * Resolves true once the server has answered a message sent after everything this tab sent so
   * far (so it has applied and saved all of it); false when the connection dropped first.
   */
  roundTrip(): Promise<boolean>;
}

export interface UnsyncedOptions {
  /** Count left over from before a reload: edits in the local copy the server never confirmed. */
  initial?: number;
  /** Origins of updates that are not this person's edits (the provider, the IndexedDB copy). */
  ignoreOrigins: readonly unknown[];
  onChange(count: number): void;
}

/**
 * Counts this tab's document updates that the server has not confirmed: made offline, or sent and
 * not yet acknowledged. Whenever the link is synced and something is pending, one round-trip
 * confirms everything sent before it. Returns the unsubscribe.
 */
export function trackUnsynced(doc: Y.Doc, link: SyncLink, options: UnsyncedOptions): () => void {
  let pending = options.initial ?? 0;
  let inFlight = false;
  let again = false;
  let stopped = false;
  const set = (count: number) => {
    if (count === pending) return;
    pending = count;
    options.onChange(count);
  };
  const confirm = () => {
    if (stopped || pending === 0 || !link.synced) return;
    if (inFlight) {
      again = true; // updates made after the round-trip left need one of their own
      return;
    }
    inFlight = true;
    again = false;
    const covered = pending;
    void link.roundTrip().then((ok) => {
      inFlight = false;
      if (stopped) return;
      if (ok) set(pending - covered);
      if (again) confirm();
    });
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (options.ignoreOrigins.includes(origin)) return;
    set(pending + 1);
    confirm();
  };
  doc.on('update', onUpdate);
  const offSynced = link.onSynced((synced) => {
    if (synced) confirm();
  });
  options.onChange(pending);
  confirm();
  return () => {
    stopped = true;
    doc.off('update', onUpdate);
    offSynced();
  };
}

const storageKey = (mapId: string) => `journey.unsynced.${mapId}`;

/** The count saved by the last tab on this map, so a reload while offline still shows it. */
export function loadUnsynced(mapId: string): number {
  try {
    const n = Number(localStorage.getItem(storageKey(mapId)));
    return Number.isInteger(n) && n > 0 ? n : 0;
  } catch {
    return 0; // storage blocked (privacy mode): the count just starts from zero
  }
}

export function saveUnsynced(mapId: string, count: number): void {
  try {
    if (count > 0) localStorage.setItem(storageKey(mapId), String(count));
    else localStorage.removeItem(storageKey(mapId));
  } catch {
    // storage blocked: nothing to keep
  }
}
