import { useEffect } from 'react';
import { CHANNEL_INITIALS, channelForKey, createEmotionKeys } from './cardKeys';
import type { EditorActions } from './editorActions';
import type { NudgeDirection } from './nudgeTarget';
import { selectCanEdit, type EditorStore } from './store/editorStore';

const ARROWS: Record<string, NudgeDirection | undefined> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** A field taking typed text: keys typed there are text, never shortcuts. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A control that uses the arrows and letters itself (the emotion scale, the channel list). */
function ownsKeys(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && !!target.closest('[role="radiogroup"], [role="listbox"], [role="menu"]')
  );
}

/** A dialog, a popover or a list is open: keys belong to it. */
function overlayOpen(): boolean {
  return !!document.querySelector('[role="dialog"], .fac-popover, .qb-channel-list');
}

/**
 * Single-key shortcuts act only while the canvas has the focus (or nothing has it): a key typed on
 * a button, in the header or in the side panel is never an "add card" or "add stage".
 */
function canvasHasFocus(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !!active.closest('.map-canvas');
}

/**
 * Keyboard shortcuts of the editor: Delete/Backspace removes the selection, Ctrl/Cmd+Z undoes
 * (own edits only), Ctrl/Cmd+Shift+Z or Ctrl+Y redoes, N adds a touchpoint, S adds a stage,
 * Enter or F2 types into the selected card's title (or note, or stage name), Escape clears the
 * selection, Ctrl/Cmd+D duplicates the selected card or note, arrows nudge the selection one slot /
 * lane / stage, ? opens the shortcuts sheet. With one touchpoint selected, a channel's initial sets
 * its channel (again to cycle) and -2…+2 its emotion.
 */
export function useEditorShortcuts(actions: EditorActions, store: EditorStore): void {
  useEffect(() => {
    const emotionKeys = createEmotionKeys();
    /** Keys that set the selected card's channel or emotion; true when the key was one. */
    const cardKey = (key: string): boolean => {
      const { selection, map } = store.getState();
      if (selection?.kind !== 'touchpoint') return false;
      const tp = map?.touchpoints.find((t) => t.id === selection.id);
      if (!tp) return false;
      const score = emotionKeys(key);
      if (score !== undefined) {
        if (score !== 'pending') actions.setEmotion(tp.id, score);
        return true;
      }
      const channel = CHANNEL_INITIALS.has(key.toLocaleLowerCase())
        ? channelForKey(tp.channel, key)
        : undefined;
      if (channel) actions.setChannel(tp.id, channel);
      return channel !== undefined;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isEditable(e.target) || overlayOpen()) return;
      // Commenters and viewers keep only the keys that change nothing: Escape and "?".
      if (!selectCanEdit(store.getState()) && e.key !== 'Escape' && e.key !== '?') return;
      const mod = e.metaKey || e.ctrlKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) actions.redo();
        else actions.undo();
        return;
      }
      if (mod && key === 'd') {
        e.preventDefault(); // the browser's "bookmark this page"
        actions.duplicateSelection();
        return;
      }
      if (mod && key === 'y') {
        e.preventDefault();
        actions.redo();
        return;
      }
      if (mod || e.altKey || !canvasHasFocus() || ownsKeys(e.target)) return;
      const sel = store.getState().selection;
      if (e.key === 'Delete' || e.key === 'Backspace') {
        if (sel?.kind === 'stage') actions.askDeleteStage(sel.id);
        else actions.deleteSelection();
      } else if (e.key === 'Escape') {
        actions.select(null);
      } else if (e.key === '?') {
        e.preventDefault();
        actions.showShortcuts(true);
      } else if (e.key === 'Enter' || e.key === 'F2') {
        // Enter on a button inside the canvas presses that button, nothing more.
        if (!sel || (e.key === 'Enter' && e.target instanceof HTMLButtonElement)) return;
        e.preventDefault();
        if (sel.kind === 'stage') actions.startRenamingStage(sel.id);
        else if (sel.kind === 'touchpoint' || sel.kind === 'note') actions.startEditing(sel.kind, sel.id);
      } else if (e.key.length === 1 && cardKey(e.key)) {
        e.preventDefault();
      } else if (key === 'n') {
        // preventDefault: the key that adds the card is not also typed into the card's title.
        e.preventDefault();
        actions.addTouchpoint();
      } else if (key === 's') {
        e.preventDefault();
        actions.addStage();
      }
    };
    // Arrows are caught before they reach the canvas: React Flow would otherwise also shift the
    // focused card by 5 px on its own, a position that is in no document.
    const onArrow = (e: KeyboardEvent) => {
      const direction = ARROWS[e.key];
      if (!direction || e.metaKey || e.ctrlKey || e.altKey || e.shiftKey || !selectCanEdit(store.getState()))
        return;
      if (isEditable(e.target) || ownsKeys(e.target) || overlayOpen() || !store.getState().selection) return;
      if (!canvasHasFocus()) return;
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
