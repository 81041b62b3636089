import * as model from '../../../model';

/** One touchpoint as the table shows it: the names it sorts and filters by, next to the record. */
export interface TouchpointRow {
  readonly tp: model.Touchpoint;
  readonly stage: string;
  readonly lane: string;
  readonly channel: string;
  readonly emotion: string;
  readonly hub: string;
}

export type ColumnKey = 'stage' | 'lane' | 'title' | 'channel' | 'owner' | 'emotion' | 'hub' | 'description';
export type FilterKey = 'stage' | 'lane' | 'channel' | 'owner' | 'hub' | 'emotion';
export type Filters = Partial<Record<FilterKey, string>>;
export interface Sort {
  readonly column: ColumnKey;
  readonly dir: 'asc' | 'desc';
}

/** The label on the Hub column: whether the card counts as a hub, and who said so. */
const HUB_LABELS: Record<model.HubOverride, (hub: boolean) => string> = {
  auto: (hub) => (hub ? 'Hub (by channel)' : 'No'),
  hub: () => 'Hub (marked)',
  notHub: () => 'No (marked)',
};

/** Rows in the map's own order (stage, lane, then order in the cell). */
export function touchpointRows(map: model.JourneyMap): TouchpointRow[] {
  const stages = new Map(map.stages.map((s) => [s.id, s.name]));
  const lanes = new Map(map.lanes.map((l) => [l.id, l.label]));
  return map.touchpoints.map((tp) => ({
    tp,
    stage: stages.get(tp.stageId) ?? '',
    lane: lanes.get(tp.laneId) ?? '',
    channel: model.CHANNEL_TRAITS[tp.channel].label,
    emotion: model.EMOTION_LABELS[tp.emotion as model.Emotion],
    hub: HUB_LABELS[tp.hub](model.isHub(tp)),
  }));
}

/** What each column sorts by: stage and lane by their place on the map, emotion by its score. */
const SORT_KEYS: Record<ColumnKey, (r: TouchpointRow, index: number) => string | number> = {
  // The map's order is stage first, then lane: the row's index keeps both.
  stage: (_, i) => i,
  lane: (r, i) => `${r.lane}\u0000${String(i).padStart(6, '0')}`,
  title: (r) => r.tp.title.toLocaleLowerCase(),
  channel: (r) => r.channel.toLocaleLowerCase(),
  owner: (r) => r.tp.owner.toLocaleLowerCase(),
  emotion: (r) => r.tp.emotion,
  hub: (r) => r.hub,
  description: (r) => r.tp.description.toLocaleLowerCase(),
};

/** What each filter compares: the value its select offers. */
const FILTER_VALUES: Record<FilterKey, (r: TouchpointRow) => string> = {
  stage: (r) => r.tp.stageId,
  lane: (r) => r.tp.laneId,
  channel: (r) => r.tp.channel,
  owner: (r) => r.tp.owner,
  hub: (r) => (model.isHub(r.tp) ? 'hub' : 'notHub'),
  emotion: (r) => String(r.tp.emotion),
};
export const FILTER_KEYS = Object.keys(FILTER_VALUES) as FilterKey[];

/** The rows that pass every set filter, sorted (stable: ties keep the map's order). */
export function shownRows(
  rows: readonly TouchpointRow[],
  filters: Filters,
  sort: Sort | null,
): TouchpointRow[] {
  const kept = rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) =>
      FILTER_KEYS.every((k) => filters[k] === undefined || FILTER_VALUES[k](r) === filters[k]),
    );
  if (!sort) return kept.map(({ r }) => r);
  const key = SORT_KEYS[sort.column];
  const sign = sort.dir === 'asc' ? 1 : -1;
  return kept
    .map(({ r, i }) => ({ r, i, k: key(r, i) }))
    .sort((a, b) => (a.k < b.k ? -sign : a.k > b.k ? sign : a.i - b.i))
    .map(({ r }) => r);
}

/** The choices of each filter's select, from the map: value and label. */
export function filterOptions(map: model.JourneyMap): Record<FilterKey, { value: string; label: string }[]> {
  const owners = [...new Set(map.touchpoints.map((t) => t.owner))].sort((a, b) => a.localeCompare(b));
  return {
    stage: map.stages.map((s) => ({ value: s.id, label: s.name })),
    lane: map.lanes
      .filter((l) => model.CARD_LANE_KINDS.has(l.kind as never))
      .map((l) => ({ value: l.id, label: l.label })),
    channel: model.CHANNELS.map((c) => ({ value: c, label: model.CHANNEL_TRAITS[c].label })),
    owner: owners.map((o) => ({ value: o, label: o === '' ? '(no owner)' : o })),
    hub: [
      { value: 'hub', label: 'Hub' },
      { value: 'notHub', label: 'Not a hub' },
    ],
    emotion: ([-2, -1, 0, 1, 2] as const).map((e) => ({ value: String(e), label: model.EMOTION_LABELS[e] })),
  };
}
