import {
  ACTION_STATUSES,
  CX_AREAS,
  isOpenAction,
  type ActionRow,
  type ActionStatus,
  type CxArea,
} from '../../model';

/**
 * What the actions page shows: filters (owner, status, CX area, map, overdue only) and the order,
 * kept in the URL query so a filtered view can be reloaded and shared. Pure, so it is tested alone.
 */
export const SORT_KEYS = ['due', 'status', 'map'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = { due: 'Due date', status: 'Status', map: 'Map' };

/** The owner filter's value for actions nobody owns (a name can never be this: it is trimmed). */
export const NO_OWNER = ' none';

export interface ActionFilters {
  readonly owner: string | null;
  readonly status: ActionStatus | null;
  readonly cx: CxArea | null;
  readonly map: string | null;
  readonly overdue: boolean;
  readonly sort: SortKey;
}

export const NO_FILTERS: ActionFilters = {
  owner: null,
  status: null,
  cx: null,
  map: null,
  overdue: false,
  sort: 'due',
};

const oneOf = <T extends string>(values: readonly T[], raw: string | null): T | null =>
  raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;

/** Filters from a query string; unknown values are ignored (a hand-edited URL shows everything). */
export function parseFilters(search: string): ActionFilters {
  const q = new URLSearchParams(search);
  const owner = q.get('owner');
  return {
    owner: owner === 'none' ? NO_OWNER : owner === null || owner.trim() === '' ? null : owner,
    status: oneOf(ACTION_STATUSES, q.get('status')),
    cx: oneOf(CX_AREAS, q.get('cx')),
    map: q.get('map') || null,
    overdue: q.get('overdue') === '1',
    sort: oneOf(SORT_KEYS, q.get('sort')) ?? 'due',
  };
}

/** The query string for `filters`, keeping the other parameters of `base` (a share token, a name). */
export function filtersToSearch(filters: ActionFilters, base: string): string {
  const q = new URLSearchParams(base);
  const set = (key: string, value: string | null) => (value === null ? q.delete(key) : q.set(key, value));
  set('owner', filters.owner === NO_OWNER ? 'none' : filters.owner);
  set('status', filters.status);
  set('cx', filters.cx);
  set('map', filters.map);
  set('overdue', filters.overdue ? '1' : null);
  set('sort', filters.sort === 'due' ? null : filters.sort);
  const out = q.toString();
  return out ? `?${out}` : '';
}

/** The owner an action is filed under: its trimmed name, or NO_OWNER. */
export function ownerKey(row: ActionRow): string {
  return row.action.owner?.trim() || NO_OWNER;
}

type Facet = 'owner' | 'status' | 'cx' | 'map' | 'overdue';

function matches(row: ActionRow, f: ActionFilters, skip?: Facet): boolean {
  if (skip !== 'owner' && f.owner !== null && ownerKey(row) !== f.owner) return false;
  if (skip !== 'status' && f.status !== null && row.action.status !== f.status) return false;
  if (skip !== 'cx' && f.cx !== null && row.action.cxArea !== f.cx) return false;
  if (skip !== 'map' && f.map !== null && row.mapId !== f.map) return false;
  if (skip !== 'overdue' && f.overdue && !row.overdue) return false;
  return true;
}

export function applyFilters(rows: readonly ActionRow[], filters: ActionFilters): ActionRow[] {
  return rows.filter((row) => matches(row, filters));
}

/** An option of a filter with how many actions it would show, the other filters applied. */
export interface FacetOption<V extends string> {
  readonly value: V;
  readonly label: string;
  readonly count: number;
}

export interface FacetCounts {
  readonly owner: readonly FacetOption<string>[];
  readonly status: readonly FacetOption<ActionStatus>[];
  readonly cx: readonly FacetOption<CxArea>[];
  readonly map: readonly FacetOption<string>[];
  /** Overdue actions, the other filters applied. */
  readonly overdue: number;
}

function tally<V extends string>(
  rows: readonly ActionRow[],
  key: (row: ActionRow) => V | undefined,
): Map<V, number> {
  const counts = new Map<V, number>();
  for (const row of rows) {
    const k = key(row);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * Each filter's options with their counts: what choosing it would show given the other filters
 * (so counts never promise rows a choice cannot show). Every option present in `rows` is listed,
 * even at 0, and the chosen one always is, so a select never loses its value.
 */
export function facetCounts(
  rows: readonly ActionRow[],
  filters: ActionFilters,
  labels: { readonly status: Record<ActionStatus, string>; readonly cx: Record<CxArea, string> },
): FacetCounts {
  const under = (facet: Facet) => rows.filter((row) => matches(row, filters, facet));
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

  const owners = tally(under('owner'), ownerKey);
  const ownerValues = new Set(rows.map(ownerKey));
  if (filters.owner !== null) ownerValues.add(filters.owner);
  const owner = [...ownerValues]
    .map((value) => ({
      value,
      label: value === NO_OWNER ? 'No owner' : value,
      count: owners.get(value) ?? 0,
    }))
    .sort((a, b) => (a.value === NO_OWNER ? 1 : b.value === NO_OWNER ? -1 : byName(a, b)));

  const statuses = tally(under('status'), (row) => row.action.status);
  const status = ACTION_STATUSES.map((value) => ({
    value,
    label: labels.status[value],
    count: statuses.get(value) ?? 0,
  }));

  const areas = tally(under('cx'), (row) => row.action.cxArea);
  const cx = CX_AREAS.map((value) => ({ value, label: labels.cx[value], count: areas.get(value) ?? 0 }));

  const maps = tally(under('map'), (row) => row.mapId);
  const titles = new Map(rows.map((row) => [row.mapId, row.mapTitle.trim() || 'Untitled journey']));
  const map = [...titles]
    .map(([value, label]) => ({ value, label, count: maps.get(value) ?? 0 }))
    .sort(byName);

  return { owner, status, cx, map, overdue: under('overdue').filter((row) => row.overdue).length };
}

/** The counts line: "24 actions · 9 open · 3 overdue". */
export function countsLine(rows: readonly ActionRow[]): string {
  const open = rows.filter((row) => isOpenAction(row.action)).length;
  const overdue = rows.filter((row) => row.overdue).length;
  return `${rows.length} ${rows.length === 1 ? 'action' : 'actions'} · ${open} open · ${overdue} overdue`;
}

const statusRank = (row: ActionRow) => ACTION_STATUSES.indexOf(row.action.status);
/** No due date sorts after every date. */
const dueOf = (row: ActionRow) => row.action.due ?? '9999-99-99';
const mapOf = (row: ActionRow) => row.mapTitle.toLocaleLowerCase();

const COMPARE: Record<SortKey, (a: ActionRow, b: ActionRow) => number> = {
  due: (a, b) => dueOf(a).localeCompare(dueOf(b)) || statusRank(a) - statusRank(b),
  status: (a, b) => statusRank(a) - statusRank(b) || dueOf(a).localeCompare(dueOf(b)),
  // Inside a map, the map's own order (note by note) as the server listed it.
  map: (a, b) => mapOf(a).localeCompare(mapOf(b)) || a.mapId.localeCompare(b.mapId),
};

/** Sorted by `key`; ties keep the server's order (map by map, note by note). */
export function sortRows(rows: readonly ActionRow[], key: SortKey): ActionRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => COMPARE[key](a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}
