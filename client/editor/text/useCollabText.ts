import { useCallback, useEffect, useRef } from 'react';
import {
  isNoop,
  readTextTarget,
  rebaseEdit,
  shiftPosition,
  textDiff,
  textTargetKey,
  type TextTarget,
} from '../../../model';
import { useSession } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import type { EditorState } from '../store/editorStore';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/** The field's text in the store's snapshot (undefined while the map loads or once it is gone). */
const textIn = (state: EditorState, target: TextTarget): string | undefined =>
  state.map ? readTextTarget(state.map, target) : undefined;

/**
 * Binds an input or textarea to a collaborative text field, with no debounce and no draft:
 * - every input event becomes one edit (the difference from the text shown before it), sent at once
 *   as a command, so peers see each keystroke and two people typing in one field both keep theirs;
 * - every change that arrives (a peer's typing, an undo) is written into the element as it lands,
 *   outside React's render, with the caret and selection moved past text inserted before them.
 * The element is uncontrolled: the store is the truth, the element follows it synchronously, so the
 * text an edit is computed against is always the text in the doc. During an IME composition the
 * element is left alone; the composed text is rebased onto whatever arrived meanwhile.
 */
export function useCollabText(target: TextTarget) {
  const { store } = useSession();
  const actions = useEditorActions();
  const el = useRef<TextElement | null>(null);
  // What the element showed after the last sync: every local edit is the diff from it.
  const shown = useRef('');
  const composing = useRef(false);
  const key = textTargetKey(target);
  const targetRef = useRef(target);
  targetRef.current = target;

  /** Writes the store's text into the element, keeping the caret where the person was typing. */
  const follow = useCallback((next: string) => {
    const node = el.current;
    if (!node || composing.current) return;
    const before = node.value;
    shown.current = next;
    if (before === next) return;
    const focused = document.activeElement === node;
    const theirs = textDiff(before, next);
    const start = node.selectionStart ?? before.length;
    const end = node.selectionEnd ?? start;
    node.value = next;
    if (focused)
      node.setSelectionRange(shiftPosition(start, theirs), shiftPosition(end, theirs, end !== start));
  }, []);

  useEffect(() => {
    follow(textIn(store.getState(), targetRef.current) ?? '');
    return store.subscribe((state, prev) => {
      if (state.map === prev.map) return;
      const next = textIn(state, targetRef.current);
      if (next !== undefined) follow(next);
    });
    // `key` names the field: a new field starts from its own text.
  }, [store, follow, key]);

  /** Sends what the person changed since the last sync; a refused or cut edit snaps back. */
  const send = useCallback(() => {
    const node = el.current;
    if (!node) return;
    const base = shown.current;
    const typed = node.value;
    const current = textIn(store.getState(), targetRef.current) ?? base;
    const edit = rebaseEdit(textDiff(base, typed), base, current);
    if (!isNoop(edit)) actions.editText(targetRef.current, edit);
    const stored = textIn(store.getState(), targetRef.current) ?? current;
    shown.current = stored;
    if (node.value !== stored) {
      const caret = Math.min(stored.length, edit.index + edit.insert.length);
      node.value = stored;
      if (document.activeElement === node) node.setSelectionRange(caret, caret);
    }
  }, [store, actions]);

  const ref = useCallback(
    (node: TextElement | null) => {
      el.current = node;
      if (node) {
        const text = textIn(store.getState(), targetRef.current) ?? '';
        node.value = text;
        shown.current = text;
      }
    },
    [store],
  );

  return {
    ref,
    onInput: () => {
      if (!composing.current) send();
    },
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: () => {
      composing.current = false;
      send();
    },
  };
}
