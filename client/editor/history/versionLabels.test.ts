import { describe, expect, it } from 'vitest';
import type { VersionSummary } from '../../../model/history';
import { changeCountsText, timelineOrder } from './versionLabels';

const version = (over: Partial<VersionSummary>): VersionSummary => ({
  id: 'v1',
  kind: 'auto',
  reason: 'session-start',
  name: null,
  takenAt: '2026-03-03T14:05:00.000Z',
  takenBy: null,
  people: [],
  changes: { added: 0, removed: 0, changed: 0 },
  restoredFrom: null,
  ...over,
});

describe('version labels in the timeline', () => {
  it('counts changes as "+3 −1 ~2 cards", nothing when none', () => {
    expect(changeCountsText({ added: 3, removed: 1, changed: 2 })).toBe('+3 −1 ~2 cards');
    expect(changeCountsText({ added: 0, removed: 1, changed: 0 })).toBe('−1 card');
    expect(changeCountsText({ added: 0, removed: 0, changed: 0 })).toBe('');
  });

  it('pins named versions first, each group newest first as listed', () => {
    const list = [
      version({ id: 'a' }),
      version({ id: 'b', kind: 'named', reason: 'named', name: 'B' }),
      version({ id: 'c' }),
      version({ id: 'd', kind: 'named', reason: 'named', name: 'D' }),
    ];
    expect(timelineOrder(list).map((v) => v.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});
