import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { CommandError, notePresence } from '../../../model';
import type { PresenceStore } from '../presence/presenceStore';
import { selectCanComment, type EditorStore } from '../store/editorStore';

/**
 * Writes this person into the comments doc's `people` (so others can @mention them later) once the
 * room has synced, and again when they change their name. Viewers cannot write comments, so they
 * are not recorded; nor is anyone before they have picked a name.
 */
export function recordPresence(
  doc: Y.Doc,
  provider: WebsocketProvider,
  presence: PresenceStore,
  store: EditorStore,
): () => void {
  let written = '';
  const write = () => {
    const { self } = presence.getState();
    if (!provider.synced || !self.name || !selectCanComment(store.getState())) return;
    const key = `${self.id}:${self.name}`;
    if (key === written) return;
    written = key;
    try {
      notePresence(doc, { id: self.id, name: self.name, color: self.color });
    } catch (err) {
      // An identity the model refuses (e.g. an old id format) just means no mention candidate.
      if (!(err instanceof CommandError)) throw err;
    }
  };
  provider.on('sync', write);
  const unsubscribePresence = presence.subscribe((s, prev) => {
    if (s.self !== prev.self) write();
  });
  const unsubscribeStore = store.subscribe((s, prev) => {
    if (s.access.role !== prev.access.role) write();
  });
  write();
  return () => {
    provider.off('sync', write);
    unsubscribePresence();
    unsubscribeStore();
  };
}
