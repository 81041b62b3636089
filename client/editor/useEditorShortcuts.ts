import { useEffect } from 'react';
import type { EditorActions } from './editorActions';
import type { EditorStore } from './store/editorStore';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Keyboard shortcuts of the editor: Delete/Backspace removes the selection, Ctrl/Cmd+Z undoes
 * (own edits only), Ctrl/Cmd+Shift+Z or Ctrl+Y redoes, N adds a touchpoint, S adds a stage,
 * F2 renames the selected stage, Escape clears the selection.
 */
export function useEditorShortcuts(actions: EditorActions, store: EditorStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || document.querySelector('[role="dialog"]')) return;
      const mod = e.metaKey || e.ctrlKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) actions.redo();
        else actions.undo();
      } else if (mod && key === 'y') {
        e.preventDefault();
        actions.redo();
      } else if (mod || e.altKey) {
        return;
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        const sel = store.getState().selection;
        if (sel?.kind === 'stage') actions.askDeleteStage(sel.id);
        else actions.deleteSelection();
      } else if (e.key === 'Escape') {
        actions.select(null);
      } else if (key === 'n') {
        e.preventDefault();
        actions.addTouchpoint();
      } else if (key === 's') {
        e.preventDefault();
        actions.addStage();
      } else if (e.key === 'F2') {
        const sel = store.getState().selection;
        if (sel?.kind === 'stage') actions.startRenamingStage(sel.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, store]);
}
