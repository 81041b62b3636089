import type * as Y from 'yjs';
import { isNewerSchema, readSchemaVersion } from '../../../model';
import type { EditorStore } from '../store/editorStore';

/**
 * The client side of the schema handshake: once the doc (from the server or the local copy) says it
 * was saved by a newer Journey, or the server dropped a write for that (watchServerNotices), the tab
 * goes read-only for good (`newerSchema`, which selectCanEdit reads) and forgets its undo steps, so
 * that neither a command nor an undo writes shapes this code does not know. Nothing is migrated:
 * the server does that, and never down. Returns the unsubscribe.
 */
export function watchSchema(doc: Y.Doc, store: EditorStore, undoManager: Y.UndoManager): () => void {
  const check = () => {
    if (!store.getState().newerSchema && isNewerSchema(readSchemaVersion(doc))) {
      store.setState({ newerSchema: true });
    }
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.newerSchema && !prev.newerSchema) undoManager.clear();
  });
  doc.on('afterTransaction', check);
  check();
  return () => {
    doc.off('afterTransaction', check);
    unsubscribe();
  };
}
