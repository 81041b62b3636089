import * as Y from 'yjs';
import { isNoop, textDiff, type TextEdit } from './textDiff';

/**
 * Reading and writing collaborative text (Y.Text) inside a record's Y.Map. Writers never replace a
 * Y.Text that is there: they apply the smallest edit to it, so whatever someone else typed at the
 * same moment stays. A plain string where a Y.Text belongs (a map from before schema v2, or a
 * careless writer) is read as text and turned into a Y.Text by the next write.
 */

/** A Y.Text holding plain text (a Y.XmlText is a different, rich shape: not ours). */
export function isPlainYText(value: unknown): value is Y.Text {
  return value instanceof Y.Text && !(value instanceof Y.XmlText);
}

/** The text of a field, whether stored as Y.Text (v2) or a plain string (v1); undefined otherwise. */
export function readTextValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isPlainYText(value) ? value.toJSON() : undefined;
}

/** A new Y.Text with `text` in it, ready to be set under a key. */
export function newYText(text: string): Y.Text {
  return new Y.Text(text);
}

/** Applies one edit to a Y.Text (its bounds clamped). Must run inside a transaction to be one step. */
export function applyTextEdit(ytext: Y.Text, edit: TextEdit): void {
  const length = ytext.length;
  const index = Math.max(0, Math.min(edit.index, length));
  const remove = Math.max(0, Math.min(edit.remove, length - index));
  if (remove > 0) ytext.delete(index, remove);
  if (edit.insert) ytext.insert(index, edit.insert);
}

/**
 * Makes the field under `key` read `value`: a diff into the Y.Text that is there, or a new Y.Text
 * when there is none (or only an old string). Returns false when nothing had to change.
 */
export function writeText(map: Y.Map<unknown>, key: string, value: string): boolean {
  const current = map.get(key);
  if (isPlainYText(current)) {
    const edit = textDiff(current.toJSON(), value);
    if (isNoop(edit)) return false;
    applyTextEdit(current, edit);
    return true;
  }
  map.set(key, newYText(value));
  return true;
}

/** The Y.Text under `key`, made from what is there (an old string, or nothing) when it is not one yet. */
export function ensureText(map: Y.Map<unknown>, key: string): Y.Text {
  const current = map.get(key);
  if (isPlainYText(current)) return current;
  const created = newYText(readTextValue(current) ?? '');
  map.set(key, created);
  return created;
}

/** A new Y.Array of Y.Texts, one per string. */
export function newYTextList(values: readonly string[]): Y.Array<Y.Text> {
  const list = new Y.Array<Y.Text>();
  list.push(values.map(newYText));
  return list;
}

/** The list under `key` as a Y.Array of Y.Texts, made from a plain array of strings (v1) when needed. */
export function ensureTextList(map: Y.Map<unknown>, key: string): Y.Array<Y.Text> {
  const current = map.get(key);
  if (current instanceof Y.Array && current.toArray().every(isPlainYText)) return current as Y.Array<Y.Text>;
  const values = Array.isArray(current) ? current.filter((v): v is string => typeof v === 'string') : [];
  const created = newYTextList(values);
  map.set(key, created);
  return created;
}

/**
 * Makes a text list read `values`. With as many items as there are, each item gets its own diff (a
 * colleague's typing in another why survives); a list that grew or shrank is written item by item
 * from the start, with the extra items appended or the missing ones removed at the end.
 */
export function writeTextList(map: Y.Map<unknown>, key: string, values: readonly string[]): boolean {
  const current = map.get(key);
  if (!(current instanceof Y.Array) || !current.toArray().every(isPlainYText)) {
    map.set(key, newYTextList(values));
    return true;
  }
  const list = current as Y.Array<Y.Text>;
  let changed = false;
  const common = Math.min(list.length, values.length);
  for (let i = 0; i < common; i++) {
    const item = list.get(i);
    const edit = textDiff(item.toJSON(), values[i]!);
    if (!isNoop(edit)) {
      applyTextEdit(item, edit);
      changed = true;
    }
  }
  if (list.length > values.length) {
    list.delete(values.length, list.length - values.length);
    changed = true;
  } else if (values.length > list.length) {
    list.push(values.slice(list.length).map(newYText));
    changed = true;
  }
  return changed;
}
