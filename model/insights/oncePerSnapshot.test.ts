import { describe, expect, it } from 'vitest';
import { addTouchpoint } from '../commands/touchpoints';
import { readMap } from '../readMap';
import { templateDoc } from '../testing/testMaps';
import { oncePerSnapshot } from './oncePerSnapshot';

describe('oncePerSnapshot', () => {
  it('computes once per snapshot and again for the next one', () => {
    const doc = templateDoc('sample');
    let calls = 0;
    const count = oncePerSnapshot((map) => {
      calls++;
      return { touchpoints: map.touchpoints.length };
    });
    const first = readMap(doc).map;
    const a = count(first);
    expect(count(first)).toBe(a);
    expect(calls).toBe(1);
    addTouchpoint(doc, { stageId: first.stages[0]!.id });
    const next = readMap(doc, first).map;
    expect(count(next)).toEqual({ touchpoints: a.touchpoints + 1 });
    expect(calls).toBe(2);
  });
});
