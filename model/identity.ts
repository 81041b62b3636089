/**
 * Keeping the same object. The store, the layout and the canvas hand back their previous object
 * (a record, a rect, a node, a list) when its content did not change, so React and React Flow see
 * no change and skip it. Every "keep the same object" step uses one of these; none allocates when
 * nothing changed.
 */

/** The same objects in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The same own fields holding identical values (one level; for…in, not Object.keys: hot paths). */
export function sameFields(a: object, b: object): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const k in ra) {
    count++;
    if (ra[k] !== rb[k]) return false;
  }
  for (const _ in rb) count--;
  return count === 0;
}

/** Equal as JSON: for frozen plain records (a map's records, its facilitation state). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The same keys, each mapped to the very same object. */
export function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of b) if (a.get(key) !== value) return false;
  return true;
}

/** `prev` when it is `next` or equal to it as JSON (sameJson), else `next`. */
export function reuseIfJson<T>(prev: T, next: T): T {
  return prev === next || sameJson(prev, next) ? prev : next;
}

/**
 * Freezes a value all the way down: a record's nested objects (a touchpoint's `voc` and its
 * verbatims) are shared by the view as much as the record is, so they must not be mutable either.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** `prev` when it has the same fields as `next` (sameFields), else `next`. */
export function reuseIfSame<T extends object>(prev: T | undefined, next: T): T {
  return prev && sameFields(prev, next) ? prev : next;
}

/** `prev` itself when it holds the same objects in the same order, else `next`. */
export function reuseList<T>(prev: readonly T[] | undefined, next: readonly T[]): readonly T[] {
  return prev && sameItems(prev, next) ? prev : next;
}

/**
 * `next` (a new list of records with ids) with each item replaced by `keep(old, item)`, `old` being
 * the item with its id in `prev`; `prev` itself when every kept item is `prev`'s at the same index.
 * The order is always `next`'s.
 */
export function reuseById<T extends { readonly id: string }>(
  prev: readonly T[],
  next: readonly T[],
  keep: (old: T | undefined, item: T) => T,
): readonly T[] {
  const byId = new Map<string, T>();
  for (const item of prev) byId.set(item.id, item);
  let same = prev.length === next.length;
  const out = next.map((item, i) => {
    const kept = keep(byId.get(item.id), item);
    same &&= kept === prev[i];
    return kept;
  });
  return same ? prev : out;
}

/**
 * `prev` when every field of `next` is identical or a shallowly equal object (sameFields); else
 * `next`, as a copy holding `prev`'s nested objects where they are equal (and `next` itself when
 * there are none to keep). A card that only moved keeps its `data` object, so its memoised component
 * does not render again. One pass over the fields; a copy only when it keeps something.
 */
export function reuseNested<T extends object>(prev: T | undefined, next: T): T {
  if (!prev || prev === next) return next;
  const before = prev as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  let changed = false;
  let keep: string[] | undefined;
  let count = 0;
  for (const k in after) {
    count++;
    const a = before[k];
    const b = after[k];
    if (a === b) continue;
    if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && sameFields(a, b))
      (keep ??= []).push(k);
    else changed = true;
  }
  if (!changed) {
    for (const _ in before) count--;
    if (count === 0) return prev;
  }
  if (!keep) return next;
  const out = { ...after };
  for (const k of keep) out[k] = before[k];
  return out as T;
}
