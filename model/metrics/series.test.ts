import { describe, expect, it } from 'vitest';
import { METRIC_KIND_TRAITS, metricPointId, type MetricPoint } from '../records/metric';
import {
  ageLabel,
  daysBetween,
  isoDay,
  isStaleDate,
  latestStandardPoints,
  readSeries,
  seriesByKey,
  seriesKey,
} from './series';

function point(p: Omit<MetricPoint, 'id'> & { id?: string }): MetricPoint {
  return { id: p.id ?? metricPointId(p), ...p };
}

const csat = (touchpointId: string, value: number, date: string, id?: string) =>
  point({ touchpointId, kind: 'csat', value, date, ...(id ? { id } : {}) });

describe('seriesByKey', () => {
  it('groups by touchpoint, kind and custom name, oldest first', () => {
    const a1 = csat('a', 4, '2026-02-01');
    const a0 = csat('a', 3, '2026-01-01');
    const aNps = point({ touchpointId: 'a', kind: 'nps', value: 20, date: '2026-01-05' });
    const fcr = point({ touchpointId: 'a', kind: 'custom', name: 'FCR', value: 70, date: '2026-01-05' });
    const aht = point({ touchpointId: 'a', kind: 'custom', name: 'AHT', value: 300, date: '2026-01-05' });
    const b = csat('b', 5, '2026-01-01');
    const series = seriesByKey([a1, aNps, fcr, b, a0, aht]);
    expect(series.size).toBe(5);
    expect(series.get(seriesKey(a0))).toEqual({ touchpointId: 'a', kind: 'csat', points: [a0, a1] });
    expect(series.get(seriesKey(fcr))).toEqual({
      touchpointId: 'a',
      kind: 'custom',
      name: 'FCR',
      points: [fcr],
    });
    expect(series.get(seriesKey(aht))?.points).toEqual([aht]);
    expect(series.get(seriesKey(b))?.points).toEqual([b]);
  });

  it('orders points of the same date by id, so every reader picks the same latest', () => {
    const x = csat('a', 2, '2026-01-01', 'm_b');
    const y = csat('a', 5, '2026-01-01', 'm_a');
    expect(seriesByKey([x, y]).get(seriesKey(x))?.points).toEqual([y, x]);
    expect(latestStandardPoints([x, y]).get('a')?.get('csat')).toBe(x);
    expect(latestStandardPoints([y, x]).get('a')?.get('csat')).toBe(x);
  });
});

describe('latestStandardPoints', () => {
  it('keeps the latest NPS, CSAT and CES per touchpoint by date, never a custom metric', () => {
    const old = csat('a', 5, '2026-01-01');
    const latest = csat('a', 2, '2026-03-01');
    const ces = point({ touchpointId: 'a', kind: 'ces', value: 6, date: '2025-01-01' });
    const custom = point({ touchpointId: 'a', kind: 'custom', name: 'X', value: 1, date: '2026-05-01' });
    const byKind = latestStandardPoints([latest, custom, old, ces]).get('a')!;
    expect([...byKind.keys()].sort()).toEqual(['ces', 'csat']);
    expect(byKind.get('csat')).toBe(latest);
    expect(byKind.get('ces')).toBe(ces);
  });
});

describe('readSeries', () => {
  const scale = METRIC_KIND_TRAITS.nps; // −100…100: the flat band is under 2 points
  const nps = (value: number, date: string) => point({ touchpointId: 'a', kind: 'nps', value, date });

  it('reads the latest point, the change since the one before, its age and staleness', () => {
    const points = [nps(10, '2026-01-01'), nps(25, '2026-03-01')];
    expect(readSeries(points, scale, '2026-03-31', 90)).toEqual({
      latest: points[1],
      previous: points[0],
      delta: 15,
      trend: 'up',
      ageDays: 30,
      stale: false,
    });
    expect(readSeries([points[1]!, nps(-5, '2026-03-05')], scale, '2026-03-05', 90)).toMatchObject({
      delta: -30,
      trend: 'down',
      ageDays: 0,
    });
  });

  it('is flat with one point, and for a change under 1 % of the scale', () => {
    expect(readSeries([nps(10, '2026-01-01')], scale, '2026-01-01', 90)).toMatchObject({
      previous: null,
      delta: null,
      trend: 'flat',
    });
    const under = [nps(10, '2026-01-01'), nps(11.9, '2026-01-02')];
    expect(readSeries(under, scale, '2026-01-02', 90)?.trend).toBe('flat');
    const at = [nps(10, '2026-01-01'), nps(8, '2026-01-02')];
    expect(readSeries(at, scale, '2026-01-02', 90)?.trend).toBe('down');
    // CSAT 1…5: 1 % is 0.04.
    const c = [csat('a', 4.2, '2026-01-01'), csat('a', 4.23, '2026-01-02'), csat('a', 4.3, '2026-01-03')];
    expect(readSeries(c.slice(0, 2), METRIC_KIND_TRAITS.csat, '2026-01-03', 90)?.trend).toBe('flat');
    expect(readSeries(c.slice(1), METRIC_KIND_TRAITS.csat, '2026-01-03', 90)?.trend).toBe('up');
  });

  it('reads a custom metric’s trend against its own size, not the huge custom scale', () => {
    const fcr = (value: number, date: string) =>
      point({ touchpointId: 'a', kind: 'custom', name: 'FCR', value, date });
    const custom = METRIC_KIND_TRAITS.custom;
    expect(readSeries([fcr(50, '2026-01-01'), fcr(80, '2026-01-02')], custom, '2026-01-02', 90)?.trend).toBe(
      'up',
    );
    expect(
      readSeries([fcr(50, '2026-01-01'), fcr(50.4, '2026-01-02')], custom, '2026-01-02', 90)?.trend,
    ).toBe('flat');
    expect(readSeries([fcr(0, '2026-01-01'), fcr(-1, '2026-01-02')], custom, '2026-01-02', 90)?.trend).toBe(
      'down',
    );
  });

  it('gives null for no points', () => {
    expect(readSeries([], scale, '2026-01-01', 90)).toBeNull();
  });

  it('counts a point exactly N days old as fresh and N + 1 as stale; a future date is fresh', () => {
    expect(readSeries([nps(1, '2026-01-01')], scale, '2026-04-01', 90)).toMatchObject({
      ageDays: 90,
      stale: false,
    });
    expect(readSeries([nps(1, '2026-01-01')], scale, '2026-04-02', 90)).toMatchObject({
      ageDays: 91,
      stale: true,
    });
    expect(readSeries([nps(1, '2026-05-01')], scale, '2026-04-02', 90)).toMatchObject({
      ageDays: -29,
      stale: false,
    });
    expect(isStaleDate('2026-01-01', '2026-01-08', 7)).toBe(false);
    expect(isStaleDate('2026-01-01', '2026-01-09', 7)).toBe(true);
  });
});

describe('dates', () => {
  it('counts calendar days across months, leap days and DST-free UTC', () => {
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-01-10', '2026-01-01')).toBe(-9);
  });

  it('isoDay is the UTC calendar day of an instant', () => {
    expect(isoDay(Date.parse('2026-06-15T23:59:59Z'))).toBe('2026-06-15');
    expect(isoDay(Date.parse('2026-06-16T00:00:00Z'))).toBe('2026-06-16');
  });
});

describe('ageLabel', () => {
  it('says today, then days, weeks, months and years', () => {
    expect([-3, 0, 1, 13, 14, 59, 60, 729, 730, 1100].map(ageLabel)).toEqual([
      'today',
      'today',
      '1 d',
      '13 d',
      '2 wk',
      '8 wk',
      '2 mo',
      '24 mo',
      '2 y',
      '3 y',
    ]);
  });
});
