import { describe, expect, it } from 'vitest';
import { versionSummary } from '../../../model/testing/versionSummary';
import { changeCountsText, timelineOrder } from './versionLabels';

describe('version labels in the timeline', () => {
  it('counts changes as "+3 −1 ~2 cards", nothing when none', () => {
    expect(changeCountsText({ added: 3, removed: 1, changed: 2 })).toBe('+3 −1 ~2 cards');
    expect(changeCountsText({ added: 0, removed: 1, changed: 0 })).toBe('−1 card');
    expect(changeCountsText({ added: 0, removed: 0, changed: 0 })).toBe('');
  });

  it('pins named versions first, each group newest first as listed', () => {
    const list = [
      versionSummary({ id: 'a' }),
      versionSummary({ id: 'b', kind: 'named', reason: 'named', name: 'B' }),
      versionSummary({ id: 'c' }),
      versionSummary({ id: 'd', kind: 'named', reason: 'named', name: 'D' }),
    ];
    expect(timelineOrder(list).map((v) => v.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});
