import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

/** Long enough to batch a burst of keystrokes, short enough that colleagues see typing live. */
const DEBOUNCE_MS = 400;

type FieldElement = HTMLInputElement | HTMLTextAreaElement;

export interface DraftOptions {
  /** An error message for text that must never be written (e.g. NPS 140); null when valid. */
  validate?: (text: string) => string | null;
  /** Textareas: Enter adds a line and Ctrl/Cmd+Enter commits. */
  multiline?: boolean;
}

/**
 * A text field over a synced value. While focused it shows a local draft (so a colleague's edit
 * does not yank the text from under the cursor); the draft is written on blur, on Enter and,
 * debounced, while typing. Unfocused, it shows the document's value, remote changes included.
 * An invalid draft is never written: it stays visible with its error until fixed or Escaped.
 */
export function useDraftField(value: string, commit: (text: string) => void, options: DraftOptions = {}) {
  const { validate, multiline = false } = options;
  const [draft, setDraft] = useState<string | null>(null);
  // Mutable across renders without re-rendering: the latest commit callback and the unsent text.
  const pending = useRef({ commit, text: null as string | null, timer: 0 });

  useEffect(() => {
    pending.current.commit = commit;
  });

  const flush = () => {
    const p = pending.current;
    window.clearTimeout(p.timer);
    if (p.text === null) return;
    const text = p.text;
    p.text = null;
    p.commit(text);
  };

  // Selecting another card unmounts the panel mid-typing: the last keystrokes still count.
  useEffect(() => {
    const p = pending;
    return () => {
      window.clearTimeout(p.current.timer);
      if (p.current.text !== null) p.current.commit(p.current.text);
    };
  }, []);

  const error = draft !== null && validate ? validate(draft) : null;

  const onChange = (e: ChangeEvent<FieldElement>) => {
    const text = e.target.value;
    setDraft(text);
    const p = pending.current;
    window.clearTimeout(p.timer);
    // Only typed text is ever written, so blurring an untouched field never overwrites a remote edit.
    p.text = validate?.(text) ? null : text;
    if (p.text !== null) p.timer = window.setTimeout(flush, DEBOUNCE_MS);
  };

  const onFocus = () => {
    if (draft === null) setDraft(value);
  };

  const onBlur = () => {
    flush();
    if (!error) setDraft(null);
  };

  const onKeyDown = (e: KeyboardEvent<FieldElement>) => {
    if (e.key === 'Enter' && (!multiline || e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      flush();
    } else if (e.key === 'Escape') {
      // Drop what was not written yet and leave the field; the editor's Escape stays for the canvas.
      window.clearTimeout(pending.current.timer);
      pending.current.text = null;
      setDraft(null);
      e.currentTarget.blur();
    }
  };

  return { value: draft ?? value, error, onChange, onFocus, onBlur, onKeyDown };
}
