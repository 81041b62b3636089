import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { checkNumber, formatNumber, type NumberRule } from './numberRules';

/** What the field says under itself: what is allowed, and what is saved or what was not. */
export type NumberMessage =
  | { readonly kind: 'typing'; readonly problem: string; readonly saved: string }
  | { readonly kind: 'refused'; readonly problem: string; readonly typed: string };

interface Pending {
  /** The text typed since the field was focused; null when nothing is typed (or it was dropped). */
  draft: string | null;
  value: number | undefined;
  rule: NumberRule;
  commit: (n: number | undefined) => void;
}

/**
 * A number field over a synced figure. While focused it shows a local draft; the draft is written
 * on Enter and on leaving the field (not while typing: "250" must never be saved as "25" on the
 * way), and only when it passes `rule`. A draft that does not pass is never written: while typing,
 * the field says what is allowed and what is saved; on leaving, the field shows the saved value
 * again and the message stays, naming what was typed, until the next keystroke or Escape.
 */
export function useNumberDraft(
  value: number | undefined,
  rule: NumberRule,
  commit: (n: number | undefined) => void,
) {
  const [draft, setDraftState] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  // The draft as of the last event (state lags a render behind): Escape's blur must not write it.
  const pending = useRef<Pending>({ draft: null, value, rule, commit });
  useEffect(() => {
    pending.current.value = value;
    pending.current.rule = rule;
    pending.current.commit = commit;
  });
  // Selecting another card unmounts the panel mid-typing: a valid figure still counts.
  useEffect(() => () => void write(pending.current), []);

  const setDraft = (text: string | null) => {
    pending.current.draft = text;
    setDraftState(text);
  };
  const settle = () => {
    setRefused(write(pending.current));
    setDraft(null);
  };

  const check = draft === null ? null : checkNumber(draft, rule);
  const refusedCheck = refused === null ? null : checkNumber(refused, rule);
  const message: NumberMessage | null =
    check && !check.ok
      ? { kind: 'typing', problem: check.problem, saved: formatNumber(value) }
      : refused !== null && refusedCheck && !refusedCheck.ok
        ? { kind: 'refused', problem: refusedCheck.problem, typed: refused }
        : null;

  return {
    /** Shown in the input: the draft while typing, else the saved figure (a peer's edit included). */
    value: draft ?? formatNumber(value),
    invalid: check !== null && !check.ok,
    message,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      setDraft(e.target.value);
      setRefused(null);
    },
    onBlur: settle,
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        settle();
      } else if (e.key === 'Escape') {
        // Drop the draft and leave the field; the editor's Escape stays for the canvas.
        setDraft(null);
        setRefused(null);
        e.currentTarget.blur();
      }
    },
  };
}

/** Writes the draft when it passes and differs from the saved figure; returns it when refused. */
function write(p: Pending): string | null {
  const { draft } = p;
  p.draft = null;
  if (draft === null) return null;
  const check = checkNumber(draft, p.rule);
  if (!check.ok) return draft.trim();
  if (check.value !== p.value) p.commit(check.value);
  return null;
}
