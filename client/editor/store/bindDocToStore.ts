import type * as Y from 'yjs';
import { readMap, sameJson } from '../../../model';
import { collection } from '../../../model/docLayout';
import { readVoteResults } from '../../../model/history';
import { sameReadProblems, setSnapshot, type EditorStore } from './editorStore';

type SharedType = Parameters<Y.Transaction['changed']['has']>[0];

/**
 * The one observer from Y.Doc to store: after every transaction that changed something, read a new
 * snapshot (unchanged records keep their identity) and set it once. Returns the unsubscribe.
 */
export function bindDocToStore(doc: Y.Doc, store: EditorStore): () => void {
  const refresh = (tr?: Y.Transaction) => {
    // Only the records this transaction touched are parsed again (see readMap's `changed`).
    const changed = tr && {
      has: (t: object) => tr.changed.has(t as SharedType) || tr.changedParentTypes.has(t as SharedType),
    };
    const { map, problems } = readMap(doc, store.getState().map ?? undefined, changed);
    if (problems.length > 0 && !sameReadProblems(problems, store.getState().problems)) {
      console.warn('[journey] skipped invalid records', problems);
    }
    // A transaction that applied an update (a peer's, the local copy's) is not local.
    setSnapshot(store, map, problems, tr ? !tr.local : false);
  };
  // Vote results are records outside the snapshot: read only when their collection changed.
  const results = collection(doc, 'voteResults') as unknown as SharedType;
  const refreshResults = () => {
    const voteResults = readVoteResults(doc);
    if (!sameJson(voteResults, store.getState().voteResults)) store.setState({ voteResults });
  };
  const onTransaction = (tr: Y.Transaction) => {
    if (tr.changed.size > 0) refresh(tr);
    if (tr.changed.has(results) || tr.changedParentTypes.has(results)) refreshResults();
  };
  doc.on('afterTransaction', onTransaction);
  refresh();
  refreshResults();
  return () => doc.off('afterTransaction', onTransaction);
}
