import type * as Y from 'yjs';
import { readPersonaLibrary } from '../../../model';
import type { EditorStore } from './editorStore';

/**
 * The one observer from the persona library doc to the editor store's `personas` (the snapshot the
 * map side reads). Unchanged personas, and the list itself, keep their identity.
 */
export function bindLibraryToStore(doc: Y.Doc, store: EditorStore): () => void {
  const refresh = () => {
    const prev = store.getState().personas;
    const { personas, problems } = readPersonaLibrary(doc, prev);
    if (problems.length > 0) console.warn('[journey] skipped invalid persona records', problems);
    if (personas !== prev) store.setState({ personas });
  };
  const onTransaction = (tr: Y.Transaction) => {
    if (tr.changed.size > 0) refresh();
  };
  doc.on('afterTransaction', onTransaction);
  refresh();
  return () => doc.off('afterTransaction', onTransaction);
}
