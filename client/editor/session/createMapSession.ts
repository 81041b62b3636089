import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  clientSchemaParams,
  hasMapMeta,
  noticeParams,
  personIdFromKey,
  personProtocols,
} from '../../../model';
import { bindDocToStore } from '../store/bindDocToStore';
import { LocalCopy } from './LocalCopy';
import { createEditorStore, type EditorStore } from '../store/editorStore';
import { keepVariantView } from './keepVariantView';
import { providerSyncLink } from './providerSyncLink';
import { applyReconnectBackoff, shouldReconnect } from './reconnectBackoff';
import { loadUnsynced, saveUnsynced, trackUnsynced } from './trackUnsynced';
import { watchConnection } from './watchConnection';
import { createUndoManager, watchUndo } from './watchUndo';
import { watchSchema } from './watchSchema';
import { createPresence, type Presence } from '../presence/createPresence';
import type { MapAccess } from '../../api/accessApi';
import { watchServerNotices } from '../access/watchServerNotices';
import { createCommentsRoom, type CommentsRoom } from './createCommentsRoom';
import { createLibraryRoom, type LibraryRoom } from './createLibraryRoom';
import { bindLibraryToStore } from '../store/bindLibraryToStore';
import { loadPersonKey } from '../../identity/personKey';

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
  /** The share link's token this page was opened with (null: none, open mode). */
  readonly token: string | null;
  /** The map's comment threads: their own doc and room. */
  readonly comments: CommentsRoom;
  /** The server's persona library (read with this map's token), bound to the store's `personas`. */
  readonly library: LibraryRoom;
  destroy(): void;
}

/** How long the map waits for its IndexedDB copy before connecting anyway. */
const LOCAL_LOAD_TIMEOUT_MS = 1500;

export function websocketBaseUrl(): string {
  const proto = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${proto}://${location.host}/ws`;
}

export interface SessionOptions {
  /** The share link's token: sent to both rooms (and to the API) so the server knows the role. */
  readonly token?: string | null;
  /** What the access check granted; the server's role notice on connect then keeps it current. */
  readonly access?: MapAccess;
}

export function createMapSession(mapId: string, options: SessionOptions = {}): MapSession {
  const token = options.token ?? null;
  const doc = new Y.Doc();
  const store = createEditorStore(options.access);
  // The same derivation the server stamps on the connection: the freeze spares only the facilitator.
  store.setState({ personId: personIdFromKey(loadPersonKey()) });
  // Connect once the local copy is in the doc: the sync handshake then exchanges only the difference,
  // instead of re-sending the whole local copy as one update on every open. A slow or broken
  // IndexedDB must not keep the map offline, hence the timeout.
  const provider = new WebsocketProvider(websocketBaseUrl(), mapId, doc, {
    maxBackoffTime: 5000,
    // 1011/1013/4408/4420/4429 mean "later": reconnect, backing off (applyReconnectBackoff).
    shouldReconnect,
    // Who this is, for the server to stamp on the connection (never in the URL).
    protocols: personProtocols(loadPersonKey()),
    connect: false,
    // The map format this tab writes (a server that moved on closes with 4426, "reload"), and that
    // it reads journey notices (role, write-rejected), which the server sends only on request.
    params: { ...(token ? { token } : {}), ...clientSchemaParams(), ...noticeParams() },
  });
  const unbackoff = applyReconnectBackoff(provider);
  // Local copy first: the map opens offline, and edits made offline survive a reload until they sync.
  // The server's updates reach it in batches; this tab's own edits at once.
  const local = new LocalCopy(mapId, doc, (origin) => origin === provider);
  void local.whenLoaded.then(() => {
    if (hasMapMeta(doc)) store.setState({ loaded: true });
  });
  // A reload or a closed tab writes what waits (the server has it too, but offline it would not be).
  const flushLocal = () => local.flush();
  window.addEventListener('pagehide', flushLocal);
  const unwatchNotices = watchServerNotices(provider, store, 'map');
  let destroyed = false;
  void Promise.race([
    local.whenLoaded,
    new Promise((resolve) => setTimeout(resolve, LOCAL_LOAD_TIMEOUT_MS)),
  ]).then(() => {
    if (!destroyed) provider.connect();
  });
  const undoManager = createUndoManager(doc);
  const unwatchUndo = watchUndo(undoManager, store);
  // A map saved by a newer Journey: read-only at once (no commands, no undo), "reload to continue".
  const unwatchSchema = watchSchema(doc, store);
  const unkeepView = keepVariantView(mapId, store);
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
  const comments = createCommentsRoom(websocketBaseUrl(), mapId, token, store, presence.store);
  const library = createLibraryRoom(token);
  const unbindLibrary = bindLibraryToStore(library.doc, store);
  return {
    mapId,
    token,
    doc,
    provider,
    store,
    undoManager,
    presence,
    comments,
    library,
    destroy() {
      destroyed = true;
      unkeepView();
      unbindLibrary();
      library.destroy();
      comments.destroy();
      unwatchNotices();
      untrack();
      unwatchUndo();
      unwatchSchema();
      undoManager.destroy();
      unwatch();
      unbind();
      // Clears this tab's awareness state, which the provider still sends before it closes.
      presence.destroy();
      unbackoff();
      provider.destroy();
      window.removeEventListener('pagehide', flushLocal);
      local.destroy();
      doc.destroy();
    },
  };
}
