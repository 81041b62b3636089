import { useLayoutEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { insertMention, matchCandidates, mentionQueryAt } from '../../../model';
import type { MentionPerson } from './useComments';

/**
 * The @mention menu of a comment box: follows the `@query` at the caret, offers matching people,
 * and on pick replaces the query with `@Name `. Arrow keys move, Enter or Tab picks, Escape closes.
 */
export function useMentionAutocomplete(
  text: string,
  setText: (text: string) => void,
  people: readonly MentionPerson[],
  field: RefObject<HTMLTextAreaElement | null>,
) {
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const query = mentionQueryAt(text, caret);
  const options = query && query.start !== dismissedAt ? matchCandidates(people, query.query) : [];
  const index = Math.min(active, Math.max(0, options.length - 1));

  // Where the caret goes after a pick, applied in the same commit as the new text: a frame later
  // (requestAnimationFrame) would yank the caret back over whatever was typed in between.
  const [placeCaret, setPlaceCaret] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (placeCaret === null) return;
    field.current?.focus();
    field.current?.setSelectionRange(placeCaret, placeCaret);
    setPlaceCaret(null);
  }, [placeCaret, field]);

  const pick = (person: MentionPerson) => {
    if (!query) return;
    const next = insertMention(text, query.start, caret, person.name);
    setText(next.text);
    setCaret(next.caret);
    setActive(0);
    setPlaceCaret(next.caret);
  };

  /** Returns true when the key was the menu's (the caller then does nothing else with it). */
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (options.length === 0) return false;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : options.length - 1;
      setActive((index + step) % options.length);
      return true;
    }
    if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      const chosen = options[index];
      if (chosen) pick(chosen);
      return true;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      setDismissedAt(query?.start ?? null);
      return true;
    }
    return false;
  };

  /** Call on every change and caret move, so the menu follows the text being typed. */
  const track = (el: HTMLTextAreaElement) => {
    setCaret(el.selectionStart);
    setActive(0);
  };

  return { options, active: index, pick, onKeyDown, track };
}
