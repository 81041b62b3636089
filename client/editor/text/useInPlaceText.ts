import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import type { TextTarget } from '../../../model';
import { useEditorActions } from '../useEditorActions';
import { useCollabText } from './useCollabText';

export type InPlaceEnd = 'commit' | 'cancel' | 'tab' | 'shiftTab' | 'blur';

interface InPlaceOptions {
  /** Select the whole text on open, so typing replaces it (a new card's "New touchpoint"). */
  selectAll?: boolean;
  /** Enter inserts a line break only with Shift (notes); titles are one line. */
  multiline?: boolean;
  /** Called once when the edit ends, and how. Focus is the caller's to move. */
  onEnd: (how: InPlaceEnd) => void;
}

/**
 * A text edited where it is shown (a card's title, a stage's name, the map's title), over
 * collaborative text: it takes the focus as soon as it mounts, so the keys typed right after "add"
 * land in it; every keystroke is written at once (useCollabText). Enter commits, Escape takes back
 * this person's typing since the edit began (their undo steps, nobody else's), Tab moves on.
 */
export function useInPlaceText(
  target: TextTarget,
  { selectAll = false, multiline = false, onEnd }: InPlaceOptions,
) {
  const actions = useEditorActions();
  const binding = useCollabText(target);
  const mark = useRef<number | null>(null);
  const ended = useRef(false);
  const onEndRef = useRef(onEnd);
  onEndRef.current = onEnd;
  const end = useCallback((how: InPlaceEnd) => {
    if (ended.current) return;
    ended.current = true;
    onEndRef.current(how);
  }, []);

  const ref = useCallback(
    (node: HTMLInputElement | HTMLTextAreaElement | null) => {
      binding.ref(node);
      if (!node) return;
      mark.current = actions.beginTyping();
      node.focus({ preventScroll: true });
      if (selectAll) node.select();
      else node.setSelectionRange(node.value.length, node.value.length);
    },
    // The element mounts once per edit; a new `selectAll` does not restart it.
    [binding.ref, actions],
  );

  // Unmounted while open (the card was deleted by someone): nothing more to do.
  useEffect(() => () => void (ended.current = true), []);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    // The canvas' shortcuts (Delete, arrows, letters) never see keys typed here.
    e.stopPropagation();
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
      e.preventDefault();
      end('commit');
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (mark.current !== null) actions.cancelTyping(mark.current);
      end('cancel');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      end(e.shiftKey ? 'shiftTab' : 'tab');
    }
  };

  return { ...binding, ref, onKeyDown, onBlur: () => end('blur') };
}
