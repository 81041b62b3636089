import type * as Y from 'yjs';
import { readComments } from '../../../model';
import { sameReadProblems, type EditorStore } from './editorStore';

/**
 * The one observer from the comments doc to the store. Re-reads after every comments transaction
 * that changed something, and when the map snapshot changes (a deleted card turns its threads into
 * "anchor removed"; a renamed one relabels them). Unchanged threads keep their identity.
 */
export function bindCommentsToStore(doc: Y.Doc, store: EditorStore): () => void {
  const refresh = () => {
    const { map, comments: prev, commentProblems } = store.getState();
    const { comments, problems } = readComments(doc, map, prev ?? undefined);
    const sameProblems = sameReadProblems(commentProblems, problems);
    if (problems.length > 0 && !sameProblems)
      console.warn('[journey] skipped invalid comment records', problems);
    if (comments !== prev || !sameProblems)
      store.setState({ comments, commentProblems: sameProblems ? commentProblems : problems });
  };
  const onTransaction = (tr: Y.Transaction) => {
    if (tr.changed.size > 0) refresh();
  };
  doc.on('afterTransaction', onTransaction);
  const unsubscribe = store.subscribe((state, prev) => {
    // Only threads carry anchor labels: with none, a map change changes nothing here.
    const threads = (state.comments?.open.length ?? 0) + (state.comments?.resolved.length ?? 0);
    if (state.map !== prev.map && threads > 0) refresh();
  });
  refresh();
  return () => {
    doc.off('afterTransaction', onTransaction);
    unsubscribe();
  };
}
