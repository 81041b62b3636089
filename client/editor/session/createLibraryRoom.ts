import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { personProtocols } from '../../../model';
import { loadPersonKey } from '../../identity/personKey';
import { applyReconnectBackoff, shouldReconnect } from './reconnectBackoff';

/** The server's persona library room (server/ws/upgrade.ts `LIBRARY_WS_PATH`). */
export const LIBRARY_ROOM = '_library/personas';

/** The persona library's doc and its socket: one per page that shows or edits the library. */
export interface LibraryRoom {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  destroy(): void;
}

/**
 * Connects the library doc with `token` (a map's share link reads it; the admin token or an open
 * server edits it). No local copy: the library is read and written online. Presence is not used.
 */
export function createLibraryRoom(token: string | null): LibraryRoom {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(libraryBaseUrl(), LIBRARY_ROOM, doc, {
    params: token ? { token } : {},
    maxBackoffTime: 5000,
    shouldReconnect,
    protocols: personProtocols(loadPersonKey()),
  });
  const unbackoff = applyReconnectBackoff(provider);
  provider.awareness.setLocalState(null);
  return {
    doc,
    provider,
    destroy() {
      unbackoff();
      provider.destroy();
      doc.destroy();
    },
  };
}

function libraryBaseUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}
