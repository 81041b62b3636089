import type * as Y from 'yjs';
import { readMap } from '../../../model';
import { sameReadProblems, setSnapshot, type EditorStore } from './editorStore';

/**
 * The one observer from Y.Doc to store: after every transaction that changed something, read a new
 * snapshot (unchanged records keep their identity) and set it once. Returns the unsubscribe.
 */
export function bindDocToStore(doc: Y.Doc, store: EditorStore): () => void {
  const refresh = () => {
    const { map, problems } = readMap(doc, store.getState().map ?? undefined);
    if (problems.length > 0 && !sameReadProblems(problems, store.getState().problems)) {
      console.warn('[journey] skipped invalid records', problems);
    }
    setSnapshot(store, map, problems);
  };
  const onTransaction = (tr: Y.Transaction) => {
    if (tr.changed.size > 0) refresh();
  };
  doc.on('afterTransaction', onTransaction);
  refresh();
  return () => doc.off('afterTransaction', onTransaction);
}
