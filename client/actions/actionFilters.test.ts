import { describe, expect, it } from 'vitest';
import { ACTION_STATUS_TRAITS, CX_AREA_LABELS, type Action, type ActionRow } from '../../model';
import {
  applyFilters,
  countsLine,
  facetCounts,
  filtersToSearch,
  NO_FILTERS,
  NO_OWNER,
  parseFilters,
  sortRows,
} from './actionFilters';

const LABELS = {
  status: Object.fromEntries(Object.entries(ACTION_STATUS_TRAITS).map(([k, v]) => [k, v.label])) as Record<
    Action['status'],
    string
  >,
  cx: CX_AREA_LABELS,
};

function row(id: string, mapId: string, fields: Partial<Action> & { overdue?: boolean } = {}): ActionRow {
  const { overdue = false, ...action } = fields;
  return {
    mapId,
    mapTitle: mapId === 'm1' ? 'Broadband' : 'Mobile',
    action: { id, noteId: 'n', title: id, status: 'idea', order: 'a0', createdAt: 0, ...action },
    noteKind: 'opportunity',
    noteText: 'note',
    stageName: 'Stage',
    touchpointTitles: [],
    overdue,
    canEdit: true,
  };
}

const ROWS: ActionRow[] = [
  row('a', 'm1', { owner: 'Ana', status: 'planned', due: '2026-03-01', cxArea: 'design', overdue: true }),
  row('b', 'm1', { owner: 'Ana', status: 'done', due: '2026-01-01' }),
  row('c', 'm2', { owner: 'Ben', status: 'doing', due: '2026-02-01', cxArea: 'design', overdue: true }),
  row('d', 'm2', { status: 'idea' }),
  row('e', 'm2', { owner: '  ', status: 'dropped', due: '2026-04-01' }),
];

describe('the actions page filters', () => {
  it('filters by owner (blank is no owner), status, CX area, map and overdue together', () => {
    const ids = (f: Partial<typeof NO_FILTERS>) =>
      applyFilters(ROWS, { ...NO_FILTERS, ...f }).map((r) => r.action.id);
    expect(ids({})).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids({ owner: 'Ana' })).toEqual(['a', 'b']);
    expect(ids({ owner: NO_OWNER })).toEqual(['d', 'e']);
    expect(ids({ status: 'doing' })).toEqual(['c']);
    expect(ids({ cx: 'design', map: 'm2' })).toEqual(['c']);
    expect(ids({ overdue: true })).toEqual(['a', 'c']);
    expect(ids({ overdue: true, owner: 'Ben' })).toEqual(['c']);
  });

  it('counts each option under the other filters, and the line sums up what is shown', () => {
    const counts = facetCounts(ROWS, { ...NO_FILTERS, map: 'm2' }, LABELS);
    expect(counts.owner.map((o) => [o.label, o.count])).toEqual([
      ['Ana', 0],
      ['Ben', 1],
      ['No owner', 2],
    ]);
    expect(counts.status.find((s) => s.value === 'idea')?.count).toBe(1);
    expect(counts.cx.find((c) => c.value === 'design')?.count).toBe(1);
    // The map filter's own counts ignore the map filter.
    expect(counts.map.map((m) => [m.label, m.count])).toEqual([
      ['Broadband', 2],
      ['Mobile', 3],
    ]);
    expect(counts.overdue).toBe(1);
    expect(countsLine(ROWS)).toBe('5 actions · 3 open · 2 overdue');
    expect(countsLine(ROWS.slice(0, 1))).toBe('1 action · 1 open · 1 overdue');
  });

  it('sorts by due date (none last), status or map, ties in the server’s order', () => {
    expect(sortRows(ROWS, 'due').map((r) => r.action.id)).toEqual(['b', 'c', 'a', 'e', 'd']);
    expect(sortRows(ROWS, 'status').map((r) => r.action.id)).toEqual(['d', 'a', 'c', 'b', 'e']);
    expect(sortRows([...ROWS].reverse(), 'map').map((r) => r.action.id)).toEqual(['b', 'a', 'e', 'd', 'c']);
  });

  it('keeps filters in the URL query beside other parameters, and reads them back', () => {
    const filters = {
      ...NO_FILTERS,
      owner: NO_OWNER,
      status: 'doing' as const,
      overdue: true,
      sort: 'map' as const,
    };
    const search = filtersToSearch(filters, '?name=Ann&token=t1');
    expect(search).toBe('?name=Ann&token=t1&owner=none&status=doing&overdue=1&sort=map');
    expect(parseFilters(search)).toEqual(filters);
    expect(filtersToSearch(NO_FILTERS, search)).toBe('?name=Ann&token=t1');
    // A hand-edited URL with unknown values shows everything rather than nothing.
    expect(parseFilters('?status=finished&cx=vibes&sort=colour')).toEqual(NO_FILTERS);
  });
});
