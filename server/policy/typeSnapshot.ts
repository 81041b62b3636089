import * as Y from 'yjs';

/**
 * What a shared type held before a client's update, kept with the type itself so a rejected write
 * can be put back in the same transaction. Deletions in Yjs are final: a value the update deleted
 * is written again as a new item, a value it added is deleted, and text is restored by a diff.
 */
export type TypeSnapshot =
  | { kind: 'map'; type: Y.Map<unknown>; entries: Map<string, TypeSnapshot> }
  | { kind: 'text'; type: Y.Text; text: string }
  | { kind: 'array'; type: Y.Array<unknown>; items: TypeSnapshot[] }
  | { kind: 'value'; value: unknown; json: string }
  /** A shared type Journey never writes (XML, …): left as it is, never rebuilt. */
  | { kind: 'other'; type: Y.AbstractType<unknown> };

/** Captures a value of a shared type (or a plain value) and everything under it. */
export function snapshotValue(value: unknown): TypeSnapshot {
  if (value instanceof Y.Map) {
    const entries = new Map<string, TypeSnapshot>();
    value.forEach((v: unknown, k: string) => entries.set(k, snapshotValue(v)));
    return { kind: 'map', type: value, entries };
  }
  if (value instanceof Y.Text) return { kind: 'text', type: value, text: value.toJSON() };
  if (value instanceof Y.Array) {
    return { kind: 'array', type: value, items: value.toArray().map((v) => snapshotValue(v)) };
  }
  if (value instanceof Y.AbstractType) return { kind: 'other', type: value as Y.AbstractType<unknown> };
  return { kind: 'value', value, json: jsonOf(value) };
}

/** Captures one key of a map; undefined when the key is absent. */
export function snapshotEntry(map: Y.Map<unknown>, key: string): TypeSnapshot | undefined {
  return map.has(key) ? snapshotValue(map.get(key)) : undefined;
}

/** Puts one key of `map` back to what `before` captured (absent when undefined). */
export function restoreEntry(map: Y.Map<unknown>, key: string, before: TypeSnapshot | undefined): void {
  if (before === undefined) {
    if (map.has(key)) map.delete(key);
    return;
  }
  const now: unknown = map.get(key);
  if (before.kind === 'value') {
    if (!map.has(key) || now instanceof Y.AbstractType || jsonOf(now) !== before.json)
      map.set(key, before.value);
    return;
  }
  if (before.kind !== 'other' && now === before.type) return restoreInto(before);
  if (before.kind === 'other') return;
  map.set(key, build(before));
}

/** Puts a type that still exists back to its captured content. */
export function restoreInto(before: TypeSnapshot): void {
  switch (before.kind) {
    case 'map': {
      for (const key of [...before.type.keys()]) if (!before.entries.has(key)) before.type.delete(key);
      for (const [key, entry] of before.entries) restoreEntry(before.type, key, entry);
      return;
    }
    case 'text':
      return restoreText(before.type, before.text);
    case 'array': {
      const now = before.type.toArray();
      const same =
        now.length === before.items.length && before.items.every((item, i) => sameItem(now[i], item));
      if (same) {
        before.items.forEach((item) => item.kind !== 'value' && item.kind !== 'other' && restoreInto(item));
        return;
      }
      before.type.delete(0, before.type.length);
      before.type.insert(0, before.items.filter((i) => i.kind !== 'other').map(build));
      return;
    }
    case 'value':
    case 'other':
      return;
  }
}

function sameItem(now: unknown, before: TypeSnapshot): boolean {
  if (before.kind === 'value') return !(now instanceof Y.AbstractType) && jsonOf(now) === before.json;
  return now === before.type;
}

/** A new value with the captured content, for a key whose type the update deleted or replaced. */
function build(before: TypeSnapshot): unknown {
  switch (before.kind) {
    case 'map': {
      const map = new Y.Map<unknown>();
      for (const [key, entry] of before.entries) if (entry.kind !== 'other') map.set(key, build(entry));
      return map;
    }
    case 'text':
      return new Y.Text(before.text);
    case 'array': {
      const array = new Y.Array<unknown>();
      array.insert(0, before.items.filter((i) => i.kind !== 'other').map(build));
      return array;
    }
    case 'value':
      return before.value;
    case 'other':
      return null;
  }
}

/** The smallest single edit from the current text back to `text`: common prefix and suffix kept. */
function restoreText(type: Y.Text, text: string): void {
  const now = type.toJSON();
  if (now === text) return;
  let start = 0;
  while (start < now.length && start < text.length && now[start] === text[start]) start += 1;
  let end = 0;
  while (
    end < now.length - start &&
    end < text.length - start &&
    now[now.length - 1 - end] === text[text.length - 1 - end]
  )
    end += 1;
  type.delete(start, now.length - start - end);
  type.insert(start, text.slice(start, text.length - end));
}

function jsonOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return '"<unserializable>"';
  }
}
