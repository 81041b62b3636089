import * as Y from 'yjs';
import { LOCAL_ORIGIN, undoScope } from '../../../model';
import type { EditorStore, Selection } from '../store/editorStore';

/**
 * How long a pause in typing into one field may last and still extend the same undo step. Only
 * typing merges: editorActions ends the step before every other command (stopCapturing).
 */
export const TYPING_BURST_MS = 2000;

/** This tab's undo history: only its own edits (LOCAL_ORIGIN), never remote ones or migrations. */
export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager(undoScope(doc), {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: TYPING_BURST_MS,
  });
}

/** Where a stack item keeps the selection of the moment it was recorded (see restoreSelection). */
const SELECTION_META = 'selection';

/**
 * Mirrors the UndoManager into the store: whether there is anything to undo or redo, so the
 * toolbar buttons can be disabled. Returns the unsubscribe.
 */
export function watchUndo(undoManager: Y.UndoManager, store: EditorStore): () => void {
  const mirror = () => {
    const canUndo = undoManager.canUndo();
    const canRedo = undoManager.canRedo();
    const s = store.getState();
    if (s.canUndo !== canUndo || s.canRedo !== canRedo) store.setState({ canUndo, canRedo });
  };
  undoManager.on('stack-item-added', mirror);
  undoManager.on('stack-item-popped', mirror);
  undoManager.on('stack-cleared', mirror);
  mirror();
  return () => {
    undoManager.off('stack-item-added', mirror);
    undoManager.off('stack-item-popped', mirror);
    undoManager.off('stack-cleared', mirror);
  };
}

/**
 * Runs a command and, when it started a new undo step, stores the selection from before it on that
 * step: undoing "add card" then returns to what was selected before, undoing "delete" to the card.
 * (A step that typing extends keeps the selection of its first keystrokes.)
 */
export function withSelectionMemo<T>(undoManager: Y.UndoManager, selection: Selection, command: () => T): T {
  const steps = undoManager.undoStack.length;
  const result = command();
  if (undoManager.undoStack.length > steps) undoManager.undoStack.at(-1)?.meta.set(SELECTION_META, selection);
  return result;
}

/**
 * After an undo or redo: keep the current selection if its record still exists (the store already
 * dropped it otherwise); if nothing is selected, select what was selected when the step was
 * recorded, provided it exists again. Returns the selection to apply.
 */
export function restoreSelection(
  current: Selection,
  stackItem: { meta: Map<unknown, unknown> } | null,
  exists: (sel: NonNullable<Selection>) => boolean,
): Selection {
  if (current) return current;
  const saved = stackItem?.meta.get(SELECTION_META) as Selection | undefined;
  return saved && exists(saved) ? saved : null;
}
