import { useEffect } from 'react';
import { buildClip, type ClipPicks, type JourneyClip } from '../../model';
import { dismissToast, showToast } from '../ui/toasts';
import type { EditorActions } from './editorActions';
import type { EditorState, EditorStore } from './store/editorStore';

/**
 * The clipboard type of a clip's JSON envelope (model/clipboard/journeyClip.ts). It travels beside
 * readable text/plain, so a paste into a document or chat gives one title per line, while a paste
 * into a map (this tab, another tab, another map) gets every field back.
 */
export const CLIP_MIME = 'application/x-journey-clip';

/**
 * Copy, cut and paste of cards and notes through the system clipboard: the DOM `copy`, `cut` and
 * `paste` events, so the browser's own keys and menus (Ctrl/Cmd+C, X, V, Edit › Paste) all work.
 * Text fields, dialogs and text selected on the page keep the browser's normal behaviour. Anyone may
 * copy; pasting and cutting are edits, refused for commenters and viewers by the actions' gate.
 */
export function useClipboard(actions: EditorActions, store: EditorStore): void {
  useEffect(() => {
    const copy = (e: ClipboardEvent): JourneyClip | null => {
      const state = store.getState();
      const picks = e.clipboardData && !leaveToBrowser(e) ? picked(state) : null;
      if (!picks || !state.map || !e.clipboardData) return null;
      e.preventDefault();
      const built = buildClip(state.map, picks);
      if (!built.ok) {
        store.setState({ error: built.error });
        return null;
      }
      e.clipboardData.setData('text/plain', built.text);
      e.clipboardData.setData(CLIP_MIME, built.json);
      return built.clip;
    };
    // The copy's toast stands where a paste's message would: a paste takes it away.
    let copied: number | undefined;
    const onCopy = (e: ClipboardEvent) => {
      const clip = copy(e);
      if (clip)
        copied = showToast(`Copied ${describe(clip)}: select a cell, in this map or another, and paste`);
    };
    const onCut = (e: ClipboardEvent) => {
      if (copy(e)) actions.deleteSelection();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (!e.clipboardData || leaveToBrowser(e)) return;
      const clip = e.clipboardData.getData(CLIP_MIME);
      const text = e.clipboardData.getData('text/plain');
      // An image or a file: nothing a map can hold.
      if (!clip && !text.trim()) return;
      e.preventDefault();
      if (copied !== undefined) dismissToast(copied);
      actions.paste({ clip: clip || undefined, text });
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [actions, store]);
}

/** Typing in a field, a dialog open, or text selected on the page: the browser copies and pastes text. */
function leaveToBrowser(e: ClipboardEvent): boolean {
  if (isEditable(e.target) || isEditable(document.activeElement)) return true;
  if (document.querySelector('[role="dialog"]')) return true;
  const selected = document.getSelection();
  return e.type !== 'paste' && !!selected && !selected.isCollapsed && selected.toString().trim() !== '';
}

function isEditable(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** The selected card or note, or the cards selected together; null when nothing is. */
function picked(state: EditorState): ClipPicks | null {
  const sel = state.selection;
  if (state.group.length > 0) return { touchpoints: state.group, notes: [] };
  if (sel?.kind === 'touchpoint') return { touchpoints: [sel.id], notes: [] };
  if (sel?.kind === 'note') return { touchpoints: [], notes: [sel.id] };
  return null;
}

function describe(clip: JourneyClip): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const parts = [
    clip.touchpoints.length > 0 ? count(clip.touchpoints.length, 'card') : '',
    clip.notes.length > 0 ? count(clip.notes.length, 'note') : '',
  ];
  return parts.filter(Boolean).join(' and ');
}
