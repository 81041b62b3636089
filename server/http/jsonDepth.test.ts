import { describe, expect, it } from 'vitest';
import { isStackOverflow, jsonTooDeep } from './jsonDepth';

describe('jsonTooDeep', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonTooDeep('[[[1]]]', 3)).toBe(false);
    expect(jsonTooDeep('[[[[1]]]]', 3)).toBe(true);
    expect(jsonTooDeep('{"a":{"b":{"c":1}}}', 3)).toBe(false);
    expect(jsonTooDeep(`{"a":"${'['.repeat(100)}"}`, 3)).toBe(false);
    expect(jsonTooDeep(`{"a":"\\"${'['.repeat(100)}"}`, 3)).toBe(false);
    expect(jsonTooDeep('[]'.repeat(1000), 1)).toBe(false);
  });

  it('recognises a stack overflow', () => {
    const recurse = (n: number): number => recurse(n + 1) + 1;
    let caught: unknown;
    try {
      recurse(0);
    } catch (err) {
      caught = err;
    }
    expect(isStackOverflow(caught)).toBe(true);
    expect(isStackOverflow(new RangeError('Invalid array length'))).toBe(false);
  });
});
