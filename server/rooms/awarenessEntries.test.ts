import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { awarenessFrame } from '../testing/frames';
import {
  depthExceeds,
  encodeAwarenessEntries,
  MAX_ENTRIES_PER_FRAME,
  MAX_STATE_BYTES,
  readAwarenessEntries,
} from './awarenessEntries';

/** The update inside an awareness frame (type 1, then the update as a byte array). */
function updateOf(entries: Array<{ clientID: number; clock: number; state: unknown }>): Uint8Array {
  const decoder = decoding.createDecoder(awarenessFrame(entries));
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}

describe('readAwarenessEntries', () => {
  it('reads entries and round-trips through encodeAwarenessEntries', () => {
    const entries = [
      { clientID: 1, clock: 3, state: { user: { name: 'A' } } },
      { clientID: 2, clock: 7, state: null },
    ];
    const read = readAwarenessEntries(updateOf(entries));
    expect(read).toEqual({ entries, refused: [], skipped: 0 });
    expect(readAwarenessEntries(encodeAwarenessEntries(read.entries)).entries).toEqual(entries);
  });

  it(`reads at most ${MAX_ENTRIES_PER_FRAME} entries and leaves the rest unread`, () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ clientID: i, clock: 1, state: {} }));
    const read = readAwarenessEntries(updateOf(many));
    expect(read.entries).toHaveLength(MAX_ENTRIES_PER_FRAME);
    expect(read.skipped).toBe(10_000 - MAX_ENTRIES_PER_FRAME);
  });

  it('refuses oversized, too deep and non-object states', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 9; i++) deep = [deep];
    const read = readAwarenessEntries(
      updateOf([
        { clientID: 1, clock: 1, state: { pad: 'x'.repeat(MAX_STATE_BYTES) } },
        { clientID: 2, clock: 1, state: { deep } },
        { clientID: 3, clock: 1, state: [1] },
        { clientID: 4, clock: 1, state: 'hi' },
      ]),
    );
    expect(read.entries).toEqual([]);
    expect(read.refused).toEqual([
      { clientID: 1, reason: 'too-large' },
      { clientID: 2, reason: 'too-deep' },
      { clientID: 3, reason: 'not-an-object' },
      { clientID: 4, reason: 'not-an-object' },
    ]);
  });

  it('throws on bytes that are not an awareness update', () => {
    expect(() => readAwarenessEntries(new Uint8Array([5, 1]))).toThrow();
  });
});

describe('depthExceeds', () => {
  it('counts objects and arrays, the value itself as level 1', () => {
    expect(depthExceeds({ a: { b: 1 } }, 2)).toBe(false);
    expect(depthExceeds({ a: { b: {} } }, 2)).toBe(true);
    expect(depthExceeds([[[]]], 3)).toBe(false);
    expect(depthExceeds('text', 0)).toBe(false);
  });

  it('survives nesting far deeper than the stack', () => {
    let deep: unknown = null;
    for (let i = 0; i < 200_000; i++) deep = { d: deep };
    expect(depthExceeds(deep, 8)).toBe(true);
  });
});
