import type * as Y from 'yjs';
import { isNewerSchema, readSchemaVersion } from '../../../model';
import type { EditorStore } from '../store/editorStore';

/**
 * The client side of the schema handshake: while the doc (from the server or the local copy) says
 * it was saved by a newer Journey, the tab is read-only (`newerSchema: 'doc'`, which selectCanEdit
 * reads; undo goes through the same gate), so that neither a command nor an undo writes shapes this
 * code does not know. Nothing is migrated: the server does that, and never down. It follows the
 * doc, as the server puts back at once a version a client raised; the server's own word (a write
 * dropped for its format: watchServerNotices) stays. Returns the unsubscribe.
 */
export function watchSchema(doc: Y.Doc, store: EditorStore): () => void {
  const check = () => {
    const { newerSchema } = store.getState();
    if (newerSchema === 'server') return;
    const next = isNewerSchema(readSchemaVersion(doc)) ? 'doc' : null;
    if (next !== newerSchema) store.setState({ newerSchema: next });
  };
  doc.on('afterTransaction', check);
  check();
  return () => doc.off('afterTransaction', check);
}
