import { describe, expect, it } from 'vitest';
import {
  csvCounts,
  csvCountsLine,
  kindChoice,
  metricLabel,
  valueText,
  withKindChoice,
} from './metricsCsvView';

describe('metrics CSV preview', () => {
  it('counts good points, their touchpoints, verbatims and rows with errors', () => {
    const counts = csvCounts([
      { row: 2, touchpointId: 'a', kind: 'csat', value: 4, date: '2026-11-01' },
      { row: 3, touchpointId: 'a', kind: 'nps', value: 10, date: '2026-11-01', verbatim: 'slow' },
      { row: 4, touchpointId: 'b', kind: 'csat', value: 3, date: '2026-11-01' },
      { row: 5, touchpointId: 'c', verbatim: 'only words' },
      { row: 6, kind: 'csat', value: 9, error: 'CSAT must be between 1 and 5' },
      { row: 7, error: 'no touchpoint called "x"' },
    ]);
    expect(counts).toEqual({ points: 3, touchpoints: 3, verbatims: 2, errorRows: 2 });
    expect(csvCountsLine(counts)).toBe('3 points for 3 touchpoints · 2 verbatims · 2 rows with errors');
    expect(csvCountsLine({ points: 1, touchpoints: 1, verbatims: 0, errorRows: 0 })).toBe(
      '1 point for 1 touchpoint',
    );
  });

  it('names a metric and formats its value by kind', () => {
    expect(metricLabel({ kind: 'ces' })).toBe('CES');
    expect(metricLabel({ kind: 'custom', name: 'Repeat calls' })).toBe('Repeat calls');
    expect(valueText({ kind: 'nps', value: 32 })).toBe('+32');
    expect(valueText({ kind: 'csat', value: 4.25 })).toBe('4.3');
    expect(valueText({ kind: 'csat' })).toBe('');
  });

  it('switches the metric between a column and one kind for the whole file', () => {
    const byColumn = withKindChoice({ columns: { touchpoint: 0, value: 2 } }, 'col:1');
    expect(byColumn).toEqual({ columns: { touchpoint: 0, value: 2, kind: 1 } });
    expect(kindChoice(byColumn)).toBe('col:1');
    const whole = withKindChoice(byColumn, 'all:csat');
    expect(whole).toEqual({ columns: { touchpoint: 0, value: 2 }, fixedKind: 'csat' });
    expect(kindChoice(whole)).toBe('all:csat');
    expect(withKindChoice(whole, '')).toEqual({ columns: { touchpoint: 0, value: 2 } });
    expect(kindChoice({ columns: {} })).toBe('');
  });
});
