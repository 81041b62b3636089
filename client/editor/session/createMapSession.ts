import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { bindDocToStore } from '../store/bindDocToStore';
import { createEditorStore, type EditorStore } from '../store/editorStore';
import { providerSyncLink } from './providerSyncLink';
import { loadUnsynced, saveUnsynced, trackUnsynced } from './trackUnsynced';
import { watchConnection } from './watchConnection';
import { createUndoManager, watchUndo } from './watchUndo';
import { createPresence, type Presence } from '../presence/createPresence';

/** Everything one open map needs: the doc, its providers and its store. `destroy` releases all. */
export interface MapSession {
  readonly mapId: string;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly store: EditorStore;
  /** Undoes only this user's own edits (remote edits and migrations are not tracked). */
  readonly undoManager: Y.UndoManager;
  /** Who is here (awareness → peers), this person's identity, cursor, selection and follow mode. */
  readonly presence: Presence;
  destroy(): void;
}

/** How long the map waits for its IndexedDB copy before connecting anyway. */
const LOCAL_LOAD_TIMEOUT_MS = 1500;

export function websocketBaseUrl(): string {
  const proto = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${proto}://${location.host}/ws`;
}

export function createMapSession(mapId: string): MapSession {
  const doc = new Y.Doc();
  const store = createEditorStore();
  // Local copy first: the map opens offline, and edits made offline survive a reload until they sync.
  const local = new IndexeddbPersistence(`journey-map-${mapId}`, doc);
  void local.whenSynced.then(() => {
    if (doc.getMap('meta').size > 0) store.setState({ loaded: true });
  });
  // Connect once the local copy is in the doc: the sync handshake then exchanges only the difference,
  // instead of re-sending the whole local copy as one update on every open. A slow or broken
  // IndexedDB must not keep the map offline, hence the timeout.
  const provider = new WebsocketProvider(websocketBaseUrl(), mapId, doc, { maxBackoffTime: 5000, connect: false });
  let destroyed = false;
  void Promise.race([local.whenSynced, new Promise((resolve) => setTimeout(resolve, LOCAL_LOAD_TIMEOUT_MS))]).then(() => {
    if (!destroyed) provider.connect();
  });
  const undoManager = createUndoManager(doc);
  const unwatchUndo = watchUndo(undoManager, store);
  const unbind = bindDocToStore(doc, store);
  const unwatch = watchConnection(provider, store);
  const untrack = trackUnsynced(doc, providerSyncLink(provider), {
    initial: loadUnsynced(mapId),
    ignoreOrigins: [provider, local],
    onChange(unsynced) {
      store.setState({ unsynced });
      saveUnsynced(mapId, unsynced);
    },
  });
  const presence = createPresence(provider.awareness, store);
  return {
    mapId,
    doc,
    provider,
    store,
    undoManager,
    presence,
    destroy() {
      destroyed = true;
      untrack();
      unwatchUndo();
      undoManager.destroy();
      unwatch();
      unbind();
      // Clears this tab's awareness state, which the provider still sends before it closes.
      presence.destroy();
      provider.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}
