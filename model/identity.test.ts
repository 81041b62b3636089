import { describe, expect, it } from 'vitest';
import {
  deepFreeze,
  reuseById,
  reuseIfJson,
  reuseIfSame,
  reuseList,
  reuseNested,
  sameEntries,
  sameFields,
  sameItems,
  sameJson,
} from './identity';

describe('sameItems', () => {
  it('holds for the same objects in the same order only', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(sameItems([a, b], [a, b])).toBe(true);
    expect(sameItems([], [])).toBe(true);
    expect(sameItems([a, b], [b, a])).toBe(false);
    expect(sameItems([a], [a, b])).toBe(false);
    expect(sameItems([a], [{ id: 'a' }])).toBe(false);
  });
});

describe('sameFields', () => {
  it('compares one level by identity, and the set of fields too', () => {
    const nested = { x: 1 };
    expect(sameFields({ a: 1, n: nested }, { a: 1, n: nested })).toBe(true);
    expect(sameFields({ a: 1, n: nested }, { a: 1, n: { x: 1 } })).toBe(false);
    expect(sameFields({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameFields({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(sameFields({ a: 1 }, { a: 2 })).toBe(false);
  });
});

describe('sameJson', () => {
  it('compares plain records deeply', () => {
    expect(sameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
  });
});

describe('reuseIfSame', () => {
  it('gives the previous object when its fields are the same, else the next one', () => {
    const prev = { x: 1, y: 2 };
    expect(reuseIfSame(prev, { x: 1, y: 2 })).toBe(prev);
    const moved = { x: 1, y: 3 };
    expect(reuseIfSame(prev, moved)).toBe(moved);
    expect(reuseIfSame(undefined, moved)).toBe(moved);
  });
});

describe('reuseList', () => {
  it('gives the previous array when it holds the same objects in the same order', () => {
    const a = { id: 'a' };
    const prev = [a];
    expect(reuseList(prev, [a])).toBe(prev);
    const next = [a, { id: 'b' }];
    expect(reuseList(prev, next)).toBe(next);
    expect(reuseList(undefined, next)).toBe(next);
  });
});

describe('reuseById', () => {
  const keepEqual = (old: { id: string; v: number } | undefined, item: { id: string; v: number }) =>
    old && old.v === item.v ? old : item;

  it("keeps each item's old object by id, in the next list's order", () => {
    const prev = [
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
    ];
    const next = reuseById(
      prev,
      [
        { id: 'b', v: 2 },
        { id: 'c', v: 3 },
        { id: 'a', v: 9 },
      ],
      keepEqual,
    );
    expect(next.map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(next[0]).toBe(prev[1]);
    expect(next[2]).not.toBe(prev[0]);
    expect(next[2]!.v).toBe(9);
  });

  it('gives the previous array itself when every item is kept in place', () => {
    const prev = [
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
    ];
    const again = [
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
    ];
    expect(reuseById(prev, again, keepEqual)).toBe(prev);
    expect(reuseById(prev, [...again].reverse(), keepEqual)).not.toBe(prev);
    expect(reuseById(prev, [again[0]!], keepEqual)).not.toBe(prev);
  });
});

describe('reuseNested', () => {
  it('gives the previous object when every field is identical or a shallowly equal object', () => {
    const prev = { id: 'a', position: { x: 1, y: 2 }, data: { title: 't' } };
    expect(reuseNested(prev, { id: 'a', position: { x: 1, y: 2 }, data: { title: 't' } })).toBe(prev);
    expect(reuseNested(undefined, prev)).toBe(prev);
  });

  it("keeps the previous object's equal parts in a changed one", () => {
    const prev = { id: 'a', position: { x: 1, y: 2 }, data: { title: 't' } };
    const moved = reuseNested(prev, { id: 'a', position: { x: 5, y: 2 }, data: { title: 't' } });
    expect(moved).not.toBe(prev);
    expect(moved.position).toEqual({ x: 5, y: 2 });
    expect(moved.data).toBe(prev.data);
    const renamed = reuseNested(prev, { id: 'a', position: { x: 1, y: 2 }, data: { title: 'u' } });
    expect(renamed.position).toBe(prev.position);
    expect(renamed.data).toEqual({ title: 'u' });
  });

  it('gives `next` itself when it has no equal parts to keep (no copy)', () => {
    const data = { title: 't' };
    const prev = { id: 'a', x: 1, data };
    const next = { id: 'a', x: 2, data };
    expect(reuseNested(prev, next)).toBe(next);
  });

  it('sees an added or removed field as a change', () => {
    const prev: { id: string; className?: string } = { id: 'a', className: 'x' };
    const next: { id: string; className?: string } = { id: 'a' };
    expect(reuseNested(prev, next)).not.toBe(prev);
    expect(reuseNested(next, prev)).not.toBe(next);
  });
});

describe('sameEntries', () => {
  it('holds for the same keys mapped to the very same objects, in any order', () => {
    const r = { x: 1 };
    const q = { x: 2 };
    expect(
      sameEntries(
        new Map([
          ['a', r],
          ['b', q],
        ]),
        new Map([
          ['b', q],
          ['a', r],
        ]),
      ),
    ).toBe(true);
    expect(sameEntries(new Map([['a', r]]), new Map([['a', { x: 1 }]]))).toBe(false);
    expect(
      sameEntries(
        new Map([['a', r]]),
        new Map([
          ['a', r],
          ['b', q],
        ]),
      ),
    ).toBe(false);
    expect(sameEntries(new Map([['a', r]]), new Map([['b', r]]))).toBe(false);
  });
});

describe('reuseIfJson', () => {
  it('keeps the previous value while it is equal as JSON, and takes the new one when it differs', () => {
    const prev = { name: 'Fran', color: '#f00' };
    expect(reuseIfJson(prev, { name: 'Fran', color: '#f00' })).toBe(prev);
    const next = { name: 'Fran', color: '#0f0' };
    expect(reuseIfJson(prev, next)).toBe(next);
    expect(reuseIfJson<unknown>(undefined, undefined)).toBeUndefined();
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, and returns the value itself', () => {
    const rec = { id: 't', voc: { verbatims: ['slow'] } };
    expect(deepFreeze(rec)).toBe(rec);
    expect(Object.isFrozen(rec.voc)).toBe(true);
    expect(Object.isFrozen(rec.voc.verbatims)).toBe(true);
    expect(deepFreeze(3)).toBe(3);
  });
});
