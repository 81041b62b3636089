import { useEffect } from 'react';
import { handleKey } from './actions/registry';
import type { ActionContext, KeyScope, ScreenControls } from './actions/types';
import { createEmotionKeys } from './cardKeys';
import type { EditorActions } from './editorActions';
import type { EditorStore } from './store/editorStore';

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

/** Whether a key of `scope` may act where `e` was pressed (see KeyScope). */
function scopeAllows(e: KeyboardEvent, scope: KeyScope): boolean {
  if (scope === 'anywhere') return !document.querySelector('[role="dialog"]');
  if (e.defaultPrevented || isEditable(e.target) || overlayOpen()) return false;
  if (scope === 'page') return true;
  return !e.metaKey && !e.ctrlKey && !e.altKey && canvasHasFocus() && !ownsKeys(e.target);
}

/**
 * The editor's keyboard: every key is an action's binding in the registry (actions/), which also
 * makes the shortcuts sheet, so what works and what is listed are one list. Commenters and viewers
 * keep only the keys that change nothing (Escape, "?", the panel's key).
 */
export function useEditorShortcuts(actions: EditorActions, store: EditorStore, screen: ScreenControls): void {
  useEffect(() => {
    const ctx: ActionContext = { actions, store, screen, emotionKeys: createEmotionKeys() };
    const listen = (capture: boolean) => (e: KeyboardEvent) => {
      const outcome = handleKey(e, capture, ctx, (scope) => scopeAllows(e, scope));
      if (outcome.kind !== 'ran' || outcome.binding.keepDefault) return;
      // E.g. the N that adds a card is not also typed into its title; Ctrl+D bookmarks nothing.
      e.preventDefault();
      // Caught on the way down: React Flow would otherwise also shift the focused card by 5 px.
      if (capture) e.stopPropagation();
    };
    const onKey = listen(false);
    const onCaptured = listen(true);
    window.addEventListener('keydown', onKey);
    window.addEventListener('keydown', onCaptured, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', onCaptured, { capture: true });
    };
  }, [actions, store, screen]);
}
