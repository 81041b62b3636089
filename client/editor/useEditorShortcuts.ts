import { useEffect } from 'react';
import type { EditorActions } from './editorActions';
import type { NudgeDirection } from './nudgeTarget';
import { selectCanEdit, type EditorStore } from './store/editorStore';

const ARROWS: Record<string, NudgeDirection | undefined> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Keyboard shortcuts of the editor: Delete/Backspace removes the selection, Ctrl/Cmd+Z undoes
 * (own edits only), Ctrl/Cmd+Shift+Z or Ctrl+Y redoes, N adds a touchpoint, S adds a stage,
 * F2 renames the selected stage, Escape clears the selection, Ctrl/Cmd+D duplicates the selected
 * card or note, arrows nudge the selection one slot / lane / stage, ? opens the shortcuts sheet.
 */
export function useEditorShortcuts(actions: EditorActions, store: EditorStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || document.querySelector('[role="dialog"]')) return;
      // Commenters and viewers keep only the keys that change nothing: Escape and "?".
      if (!selectCanEdit(store.getState()) && e.key !== 'Escape' && e.key !== '?') return;
      const mod = e.metaKey || e.ctrlKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) actions.redo();
        else actions.undo();
      } else if (mod && key === 'd') {
        e.preventDefault(); // the browser's "bookmark this page"
        actions.duplicateSelection();
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
      } else if (e.key === '?') {
        e.preventDefault();
        actions.showShortcuts(true);
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
    // Arrows are caught before they reach the canvas: React Flow would otherwise also shift the
    // focused card by 5 px on its own, a position that is in no document.
    const onArrow = (e: KeyboardEvent) => {
      const direction = ARROWS[e.key];
      if (!direction || e.metaKey || e.ctrlKey || e.altKey || e.shiftKey || !selectCanEdit(store.getState())) return;
      if (isTyping(e.target) || document.querySelector('[role="dialog"]') || !store.getState().selection) return;
      e.preventDefault();
      e.stopPropagation();
      actions.nudgeSelection(direction);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keydown', onArrow, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', onArrow, { capture: true });
    };
  }, [actions, store]);
}
