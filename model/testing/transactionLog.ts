import * as Y from 'yjs';
import { undoScope } from '../docLayout';
import { LOCAL_ORIGIN } from '../origins';

/**
 * Records the origin of every transaction on a doc that changed something or was opened by a
 * command, so a test can assert "this command was exactly one transaction with this origin".
 */
export function watchTransactions(doc: Y.Doc): { readonly origins: unknown[]; stop(): void } {
  const origins: unknown[] = [];
  const listener = (tr: Y.Transaction) => {
    origins.push(tr.origin);
  };
  doc.on('afterTransaction', listener);
  return { origins, stop: () => doc.off('afterTransaction', listener) };
}

/** An UndoManager like the editor's: it tracks only the local user's commands. */
export function localUndoManager(doc: Y.Doc): Y.UndoManager {
  // captureTimeout 0: every command is its own undo step, so "one undo reverts it all" means one transaction.
  return new Y.UndoManager(undoScope(doc), { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
}
