import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { watchServerNotices } from '../access/watchServerNotices';
import type { PresenceStore } from '../presence/presenceStore';
import { applyReconnectBackoff, shouldReconnect } from './reconnectBackoff';
import { fatalCloseMessage } from './watchConnection';
import type { EditorStore } from '../store/editorStore';
import { bindCommentsToStore } from '../store/bindCommentsToStore';
import { recordPresence } from './recordPresence';
import { noticeParams, personProtocols } from '../../../model';
import { loadPersonKey } from '../../identity/personKey';

/** The map's comments: a second doc in its own room (`<mapId>/comments`), with the same token. */
export interface CommentsRoom {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  destroy(): void;
}

/**
 * A separate room lets the server give a commenter write access to comments while the map stays
 * read-only for them. No local copy: comments are read and written online.
 */
export function createCommentsRoom(
  serverUrl: string,
  mapId: string,
  token: string | null,
  store: EditorStore,
  presence: PresenceStore,
): CommentsRoom {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, `${mapId}/comments`, doc, {
    // It reads journey notices (role, write-rejected): the server sends them only on request.
    params: { ...(token ? { token } : {}), ...noticeParams() },
    maxBackoffTime: 5000,
    shouldReconnect,
    // Who this is, for the server to stamp on the connection (never in the URL).
    protocols: personProtocols(loadPersonKey()),
  });
  const unbackoff = applyReconnectBackoff(provider);
  // Presence lives in the map room; this room's awareness would only duplicate it.
  provider.awareness.setLocalState(null);
  const unwatchNotices = watchServerNotices(provider, store, 'comments');
  const onClosed = (event: { code: number; reason: string }) => {
    if (!store.getState().fatal) store.setState({ fatal: fatalCloseMessage(event) });
  };
  provider.on('closed', onClosed);
  const unbind = bindCommentsToStore(doc, store);
  const unrecord = recordPresence(doc, provider, presence, store);
  return {
    doc,
    provider,
    destroy() {
      unrecord();
      unbind();
      provider.off('closed', onClosed);
      unwatchNotices();
      unbackoff();
      provider.destroy();
      doc.destroy();
    },
  };
}
