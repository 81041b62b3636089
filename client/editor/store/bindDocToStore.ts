import type * as Y from 'yjs';
import { readMap } from '../../../model';
import { sameReadProblems, setSnapshot, type EditorStore } from './editorStore';

type SharedType = Parameters<Y.Transaction['changed']['has']>[0];

/** Runs `work` later (once); the editor passes `whenIdle`. Without one, peers' changes apply at once. */
export type Defer = (work: () => void) => void;

/**
 * The one observer from Y.Doc to store: after every transaction that changed something, read a new
 * snapshot (unchanged records keep their identity) and set it once. This tab's own changes apply at
 * once; with `defer`, peers' changes are gathered and applied when the page is next idle, so a room
 * of people editing does not land its work inside the frames of someone dragging. Any local change
 * applies whatever is pending first. Returns the unsubscribe.
 */
export function bindDocToStore(doc: Y.Doc, store: EditorStore, defer?: Defer): () => void {
  // Types changed by peers' transactions not applied yet; null when nothing is pending.
  let pending: Set<SharedType> | null = null;
  let stopped = false;
  const refresh = (changedTypes?: ReadonlySet<SharedType>) => {
    // Only the records these transactions touched are parsed again (see readMap's `changed`).
    const changed = changedTypes && { has: (t: object) => changedTypes.has(t as SharedType) };
    const { map, problems } = readMap(doc, store.getState().map ?? undefined, changed);
    if (problems.length > 0 && !sameReadProblems(problems, store.getState().problems)) {
      console.warn('[journey] skipped invalid records', problems);
    }
    setSnapshot(store, map, problems);
  };
  const flush = () => {
    const types = pending;
    pending = null;
    if (types && !stopped) refresh(types);
  };
  const onTransaction = (tr: Y.Transaction) => {
    if (tr.changed.size === 0) return;
    const types = pending ?? new Set<SharedType>();
    for (const t of tr.changed.keys()) types.add(t);
    for (const t of tr.changedParentTypes.keys()) types.add(t);
    if (tr.local || !defer) {
      pending = types;
      flush();
    } else if (!pending) {
      pending = types;
      defer(flush);
    }
  };
  doc.on('afterTransaction', onTransaction);
  refresh();
  return () => {
    stopped = true;
    doc.off('afterTransaction', onTransaction);
  };
}

/** `Defer` for the browser: when the page is next idle, and within 100 ms however busy it is. */
export const whenIdle: Defer = (work) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 100 });
  else setTimeout(work, 16);
};
