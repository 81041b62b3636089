import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import {
  canEditMap,
  JOURNEY_NOTICE_MESSAGE,
  journeyNoticeSchema,
  noticeParams,
  personProtocols,
} from '../../../model';
import { loadPersonKey } from '../../identity/personKey';
import { applyReconnectBackoff, shouldReconnect } from './reconnectBackoff';

/** The server's persona library room (server/ws/upgrade.ts `LIBRARY_WS_PATH`). */
export const LIBRARY_ROOM = '_library/personas';

/** The persona library's doc and its socket: one per page that shows or edits the library. */
export interface LibraryRoom {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** What the server said this connection may do: true once it told an editor, false for a reader. */
  canEdit(): boolean | null;
  /** Calls back when the role is told or the server refuses the socket (`refused`: its reason). */
  onStatus(listener: (status: { canEdit: boolean | null; refused: string | null }) => void): () => void;
  destroy(): void;
}

/**
 * Connects the library doc with `token` (a map's share link reads it; the admin token or an open
 * server edits it). No local copy: the library is read and written online. Presence is not used.
 */
export function createLibraryRoom(token: string | null): LibraryRoom {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(libraryBaseUrl(), LIBRARY_ROOM, doc, {
    // It reads journey notices (role, write-rejected): the server sends them only on request.
    params: { ...(token ? { token } : {}), ...noticeParams() },
    maxBackoffTime: 5000,
    shouldReconnect,
    protocols: personProtocols(loadPersonKey()),
  });
  const unbackoff = applyReconnectBackoff(provider);
  provider.awareness.setLocalState(null);
  let canEdit: boolean | null = null;
  let refused: string | null = null;
  const listeners = new Set<(status: { canEdit: boolean | null; refused: string | null }) => void>();
  const tell = () => listeners.forEach((l) => l({ canEdit, refused }));
  provider.messageHandlers[JOURNEY_NOTICE_MESSAGE] = (_encoder, decoder) => {
    try {
      const notice = journeyNoticeSchema.safeParse(JSON.parse(decoding.readVarString(decoder)));
      if (notice.success && notice.data.type === 'role') {
        canEdit = canEditMap(notice.data.role);
        tell();
      }
    } catch {
      // Not a notice this client understands: ignored, like the map's.
    }
  };
  const onClose = (event: { code: number; reason: string } | null) => {
    if (!event || event.code < 4400 || event.code >= 4500) return;
    refused = event.reason || 'The server refused the persona library.';
    tell();
  };
  provider.on('connection-close', onClose as never);
  return {
    doc,
    provider,
    canEdit: () => canEdit,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      provider.off('connection-close', onClose as never);
      listeners.clear();
      unbackoff();
      provider.destroy();
      doc.destroy();
    },
  };
}

function libraryBaseUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}
