import { describe, expect, it } from 'vitest';
import type { MetricPoint } from '../records/metric';
import { cleanMap, templateDoc } from '../testing/testMaps';
import { seedProgramme } from '../testing/programmeMap';
import { buildActionRows, buildMapDigest } from './mapDigest';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const NO_THREADS = { total: 0, open: 0 };

function point(id: string, touchpointId: string, date: string): MetricPoint {
  return { id, touchpointId, kind: 'csat', value: 4, date };
}

describe('buildMapDigest', () => {
  it('counts open and overdue actions against the given day, and unowned touchpoints', () => {
    const doc = templateDoc('blank');
    seedProgramme(doc, {
      touchpoints: [{ title: 'IVR', owner: 'Contact centre' }, { title: 'Bill' }, { title: 'Letter' }],
      actions: [
        { title: 'Past due', status: 'planned', due: '2026-03-09' },
        { title: 'Due today', status: 'doing', due: '2026-03-10' },
        { title: 'Done late', status: 'done', due: '2026-01-01' },
        { title: 'Dropped', status: 'dropped' },
        { title: 'No date', status: 'idea' },
      ],
    });
    const digest = buildMapDigest(cleanMap(doc), NO_THREADS, NOW);
    expect(digest.openActions).toBe(3);
    expect(digest.overdueActions).toBe(1);
    expect(digest.unownedTouchpoints).toBe(2);
    // Health is the model's formula (health.test.ts); the digest carries its score and next step.
    expect(digest.health.score).toBeLessThan(100);
    expect(digest.health.next).toMatch(/assumed|no owner|overdue/);
    // A day later, what was due today is overdue too.
    expect(buildMapDigest(cleanMap(doc), NO_THREADS, NOW + 86_400_000).overdueActions).toBe(2);
  });

  it('reads freshness from each touchpoint’s latest point against the map’s threshold', () => {
    const doc = templateDoc('blank');
    const { touchpointIds } = seedProgramme(doc, {
      touchpoints: [
        { title: 'IVR', owner: 'A' },
        { title: 'Bill', owner: 'B' },
        { title: 'App', owner: 'C' },
      ],
    });
    const [ivr, bill] = touchpointIds as [string, string];
    const map = cleanMap(doc);
    expect(buildMapDigest(map, NO_THREADS, NOW).freshness).toEqual({
      measuredTouchpoints: 0,
      staleTouchpoints: 0,
      latestDate: null,
    });
    const measured = {
      ...map,
      // IVR: an old point, then a fresh one (not stale); Bill: only a point past the 90 days.
      metrics: [
        point('m1', ivr, '2025-01-01'),
        point('m2', bill, '2025-11-01'),
        point('m3', ivr, '2026-03-01'),
      ],
    };
    const digest = buildMapDigest(measured, NO_THREADS, NOW);
    expect(digest.freshness).toEqual({
      measuredTouchpoints: 2,
      staleTouchpoints: 1,
      latestDate: '2026-03-01',
    });
    expect(digest.health.score).toBeLessThan(100);
  });

  it('lets unresolved comment threads cost health', () => {
    const doc = templateDoc('blank');
    seedProgramme(doc, { touchpoints: [{ title: 'IVR', owner: 'A' }] });
    const map = cleanMap(doc);
    const calm = buildMapDigest(map, { total: 2, open: 0 }, NOW).health.score;
    const busy = buildMapDigest(map, { total: 2, open: 2 }, NOW);
    expect(busy.health.score).toBeLessThan(calm);
  });
});

describe('buildActionRows', () => {
  it('lists each action with its note, stage, addressed touchpoints, overdue and the given right', () => {
    const doc = templateDoc('blank');
    const { touchpointIds } = seedProgramme(doc, {
      touchpoints: [
        { title: 'IVR', owner: 'A' },
        { title: 'Bill', owner: 'B' },
      ],
      note: { kind: 'painPoint', text: 'Customers call to ask where the engineer is' },
    });
    const map0 = cleanMap(doc);
    seedProgramme(doc, {
      note: { kind: 'opportunity', text: 'Tracking link' },
      actions: [
        { title: 'Send SMS', status: 'planned', due: '2026-03-01', touchpointIds: [touchpointIds[1]!] },
      ],
    });
    const map = cleanMap(doc);
    expect(map0.actions).toHaveLength(0);
    const rows = buildActionRows(map, { mapId: 'map_a', mapTitle: 'Broadband' }, '2026-03-10', true);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      mapId: 'map_a',
      mapTitle: 'Broadband',
      noteKind: 'opportunity',
      noteText: 'Tracking link',
      stageName: map.stages[0]!.name,
      touchpointTitles: ['Bill'],
      overdue: true,
      canEdit: true,
    });
    expect(rows[0]!.action.title).toBe('Send SMS');
    expect(buildActionRows(map, { mapId: 'map_a', mapTitle: 'B' }, '2026-03-01', false)[0]).toMatchObject({
      overdue: false,
      canEdit: false,
    });
  });
});
