import { generateKeyBetween } from 'fractional-indexing';

/** Anything ordered by a fractional-index key; ties (two people inserting at once) break by id. */
export interface Ordered {
  readonly id: string;
  readonly order: string;
}

export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order < b.order) return -1;
  if (a.order > b.order) return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortOrdered<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort(compareOrdered);
}

/**
 * The key that puts a new item at `index` in `siblings` (sorted or not; the moving item itself
 * excluded by `skipId`). Equal neighbour keys (left by a concurrent insert) are stepped over so the
 * result is always strictly between two distinct keys. Keys fractional-indexing rejects (from a
 * buggy or hostile client; readMap still shows such records) are stepped over too, so one bad key
 * cannot make every insert beside it throw.
 */
export function orderKeyAt(siblings: readonly Ordered[], index: number, skipId?: string): string {
  const keys = sortOrdered(siblings.filter((s) => s.id !== skipId)).map((s) => s.order);
  const i = Math.max(0, Math.min(index, keys.length));
  let b = i - 1;
  while (b >= 0 && !isValidKey(keys[b])) b--;
  const before = keys[b];
  let a = i;
  while (a < keys.length && (!isValidKey(keys[a]) || (before !== undefined && keys[a]! <= before))) a++;
  return generateKeyBetween(before ?? null, keys[a] ?? null);
}

function isValidKey(key: string | undefined): boolean {
  if (key === undefined || !/^[A-Za-z][0-9A-Za-z]*$/.test(key)) return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** The key after every sibling. */
export function orderKeyAtEnd(siblings: readonly Ordered[]): string {
  return orderKeyAt(siblings, siblings.length);
}
