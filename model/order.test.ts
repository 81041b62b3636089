import { describe, expect, it } from 'vitest';
import { compareOrdered, orderKeyAt, orderKeyAtEnd, sortOrdered, type Ordered } from './order';
import { makeRng } from './testing/randomCommands';

const items = (...orders: string[]): Ordered[] => orders.map((order, i) => ({ id: `id${i}`, order }));
/** Where a new item with `key` would sort among `siblings` (ties after, as a fresh random id may). */
const rankOf = (siblings: readonly Ordered[], key: string) =>
  sortOrdered(siblings).filter((s) => s.order < key).length;

describe('compareOrdered / sortOrdered', () => {
  it('sorts by key, then by id for equal keys (two people inserting at once)', () => {
    const list = [
      { id: 'b', order: 'a1' },
      { id: 'z', order: 'a0' },
      { id: 'a', order: 'a1' },
    ];
    expect(sortOrdered(list).map((x) => x.id)).toEqual(['z', 'a', 'b']);
    expect(compareOrdered({ id: 'a', order: 'a1' }, { id: 'a', order: 'a1' })).toBe(0);
    expect(list.map((x) => x.id)).toEqual(['b', 'z', 'a']);
  });
});

describe('orderKeyAt', () => {
  it('gives a first key for an empty list', () => {
    expect(orderKeyAt([], 0)).toBe('a0');
  });

  it('puts the key at the index, unsorted input included', () => {
    const siblings = items('a2', 'a0', 'a1');
    for (let i = 0; i <= 3; i++) expect(rankOf(siblings, orderKeyAt(siblings, i))).toBe(i);
  });

  it('clamps the index to the list', () => {
    const siblings = items('a0', 'a1');
    expect(orderKeyAt(siblings, -3) < 'a0').toBe(true);
    expect(orderKeyAt(siblings, 99) > 'a1').toBe(true);
    expect(orderKeyAtEnd(siblings) > 'a1').toBe(true);
  });

  it('ignores the moving item itself', () => {
    const siblings = items('a0', 'a1', 'a2');
    // Moving id0 (a0) to index 1 of the others means between a1 and a2.
    const key = orderKeyAt(siblings, 1, 'id0');
    expect(key > 'a1' && key < 'a2').toBe(true);
  });

  it('lands strictly between distinct keys when neighbours share a key', () => {
    // [a0, a1, a1, a2]: index 2 falls between the two equal a1 keys.
    const siblings = items('a0', 'a1', 'a1', 'a2');
    const key = orderKeyAt(siblings, 2);
    expect(key > 'a1' && key < 'a2').toBe(true);
    // Every key equal: the new one goes after them, never throws.
    const same = items('a0', 'a0', 'a0');
    expect(orderKeyAt(same, 0) < 'a0').toBe(true);
    for (let i = 1; i <= 3; i++) expect(orderKeyAt(same, i) > 'a0').toBe(true);
  });

  it('never throws and keeps the order consistent with many duplicated keys (randomized)', () => {
    const rng = makeRng(99);
    for (let run = 0; run < 300; run++) {
      const pool = ['Zz', 'a0', 'a0V', 'a1', 'a1', 'a2', 'b10'];
      const siblings = items(...Array.from({ length: rng.int(8) }, () => pool[rng.int(pool.length)]!));
      const sorted = sortOrdered(siblings).map((s) => s.order);
      const index = rng.int(siblings.length + 2) - 1;
      const key = orderKeyAt(siblings, index);
      const i = Math.max(0, Math.min(index, sorted.length));
      const before = sorted[i - 1];
      const nextDistinct = sorted.slice(i).find((k) => before === undefined || k > before);
      if (before !== undefined) expect(key > before).toBe(true);
      if (nextDistinct !== undefined) expect(key < nextDistinct).toBe(true);
    }
  });

  it('keeps working around keys a buggy or hostile client wrote', () => {
    for (const bad of ['hello', 'a', 'a00', 'A00000000000000000000000000', 'a0 ', '!!']) {
      const siblings = [...items('a0', 'a1'), { id: 'bad', order: bad }];
      for (let i = 0; i <= 3; i++) expect(() => orderKeyAt(siblings, i)).not.toThrow();
    }
    const between = orderKeyAt([...items('a0', 'a2'), { id: 'bad', order: 'zzz' }], 1);
    expect(between > 'a0' && between < 'a2').toBe(true);
    expect(orderKeyAt([...items('a0', 'a2'), { id: 'bad', order: 'zzz' }], 3) > 'a2').toBe(true);
  });

  it('makes keys for 200 inserts at the front without growing out of hand', () => {
    let siblings: Ordered[] = [];
    for (let n = 0; n < 200; n++) siblings = [...siblings, { id: `n${n}`, order: orderKeyAt(siblings, 0) }];
    const sorted = sortOrdered(siblings);
    expect(sorted[0]?.id).toBe('n199');
    expect(new Set(siblings.map((s) => s.order)).size).toBe(200);
    expect(Math.max(...siblings.map((s) => s.order.length))).toBeLessThan(10);
  });
});
