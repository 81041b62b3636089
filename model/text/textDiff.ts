/**
 * One change between two strings: at `index`, `remove` characters go and `insert` comes in. What an
 * input event does to a field, found by comparing the text before and after it (common prefix and
 * suffix), so typing, a paste over a selection or an autocorrect all become one small edit that a
 * collaborative text (Y.Text) merges with everyone else's, character by character.
 */
export interface TextEdit {
  readonly index: number;
  readonly remove: number;
  readonly insert: string;
}

/** The smallest single edit that turns `before` into `after` (index and lengths in UTF-16 units). */
export function textDiff(before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < max - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  // Never split a surrogate pair: an emoji is removed or inserted whole.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return {
    index: start,
    remove: before.length - start - end,
    insert: after.slice(start, after.length - end),
  };
}

/** True when the edit changes nothing. */
export function isNoop(edit: TextEdit): boolean {
  return edit.remove === 0 && edit.insert === '';
}

/** The text after applying an edit (clamped to the text's bounds). */
export function applyEdit(text: string, edit: TextEdit): string {
  const index = Math.max(0, Math.min(edit.index, text.length));
  return text.slice(0, index) + edit.insert + text.slice(Math.min(text.length, index + edit.remove));
}

/**
 * Where a caret at `position` goes when someone else's edit lands: after an insertion before it, it
 * moves right; inside a removed span, it lands at the removal; after it, it moves left. A caret
 * exactly at an insertion point stays before the inserted text (`stickToEnd` moves it after).
 */
export function shiftPosition(position: number, edit: TextEdit, stickToEnd = false): number {
  if (position < edit.index || (position === edit.index && !stickToEnd)) return position;
  if (position < edit.index + edit.remove) return edit.index + (stickToEnd ? edit.insert.length : 0);
  return position - edit.remove + edit.insert.length;
}

/**
 * An edit made against `base` while the text became `current` (someone else's change arrived in
 * between): the same intent, moved to where it belongs in `current`. Used when typing could not be
 * sent at once (an IME composition). Only the part of `base` the edit removes and that is still
 * there is removed.
 */
export function rebaseEdit(edit: TextEdit, base: string, current: string): TextEdit {
  if (base === current) return edit;
  const theirs = textDiff(base, current);
  const start = shiftPosition(edit.index, theirs);
  const end = shiftPosition(edit.index + edit.remove, theirs);
  return { index: start, remove: Math.max(0, end - start), insert: edit.insert };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
