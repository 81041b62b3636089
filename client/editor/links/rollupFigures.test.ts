import { describe, expect, it } from 'vitest';
import type { MapRollup } from '../../../model';
import { emotionSummary, rollupFigures, signedEmotion } from './rollupFigures';

const rollup = (over: Partial<MapRollup> = {}): MapRollup => ({
  averageEmotion: -0.84,
  touchpoints: 6,
  hubs: 1,
  hubLoad: 1200,
  openActions: 3,
  overdueActions: 0,
  unownedTouchpoints: 2,
  ...over,
});

describe('rollupFigures', () => {
  it('keeps the card short: no touchpoint count, no good-news zeros', () => {
    expect(rollupFigures(rollup(), true).map((f) => f.short)).toEqual([
      '1,200 hub load',
      '3 open',
      '2 unowned',
    ]);
    expect(
      rollupFigures(rollup({ hubs: 0, hubLoad: 0, openActions: 0, unownedTouchpoints: 0 }), true),
    ).toEqual([]);
  });

  it('shows every figure in the panel, overdue and unowned toned when not zero', () => {
    const figures = rollupFigures(rollup({ overdueActions: 1 }), false);
    expect(figures.map((f) => `${f.label}: ${f.value}`)).toEqual([
      'Touchpoints: 6',
      'Hub load: 1,200 into 1 hub',
      'Open actions: 3',
      'Overdue actions: 1',
      'Unowned touchpoints: 2',
    ]);
    expect(figures.find((f) => f.key === 'overdue')?.tone).toBe('danger');
    expect(figures.find((f) => f.key === 'unowned')?.tone).toBe('warning');
  });

  it('says the average emotion in words and signed', () => {
    expect(emotionSummary(rollup())).toBe('Unhappy (−0.8)');
    expect(emotionSummary(rollup({ averageEmotion: null }))).toBe('No touchpoints yet');
    expect(signedEmotion(1.96)).toBe('+2.0');
    expect(signedEmotion(0.01)).toBe('0');
  });
});
