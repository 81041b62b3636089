import { generateNKeysBetween } from 'fractional-indexing';
import {
  MAP_FILE_FORMAT,
  MAP_FILE_VERSION,
  type MapFile,
  type MapFileContent,
} from '../export/mapExportFormat';
import { isoDay } from '../metrics/series';
import { newActionId, type Action, type ActionStatus } from '../records/action';
import type { Channel } from '../records/channel';
import { connectionId, type DemandKind } from '../records/connection';
import type { Emotion } from '../records/emotion';
import type { Evidence } from '../records/evidence';
import { CARD_LANE_KINDS, LANE_KIND_TRAITS, newLaneId, type LaneKind } from '../records/lane';
import type { MapInfo } from '../records/mapInfo';
import type { MapSettings } from '../records/mapSettings';
import { metricPointId, type MetricKind } from '../records/metric';
import { newNoteId, type CxArea, type NoteKind } from '../records/note';
import { newStageId } from '../records/stage';
import { newTouchpointId, type EmotionSource, type HubOverride, type Voc } from '../records/touchpoint';
import { DEFAULT_LANES } from './blankMap';

/**
 * Writing a map as content (stage names, card rows, routes and notes named by card title) instead
 * of id plumbing: `authorMap` turns a `MapSpec` into a map file, the format export, import and the
 * template gallery share, so a template is checked by `parseMapFile` like any imported file.
 * Names are the references: a route or note naming a card or stage that does not exist, or a
 * card title used twice, throws (a template is code, so that is a test failure, not user input).
 */
export interface MapSpec {
  readonly info: MapInfo;
  readonly settings?: Partial<MapSettings>;
  /** Top to bottom; default: a new map's lanes, with card lanes the template leaves empty hidden. */
  readonly lanes?: readonly LaneSpec[];
  readonly stages: readonly StageSpec[];
  readonly routes?: readonly RouteSpec[];
  readonly notes?: readonly NoteSpec[];
}

export interface LaneSpec {
  readonly kind: LaneKind;
  /** Default: the kind's label. */
  readonly label?: string;
  /** How cards name it (`lane`); default its kind. Two lanes of one kind need their own keys. */
  readonly key?: string;
  readonly visible?: boolean;
}

export interface StageSpec {
  readonly name: string;
  readonly cards: readonly CardSpec[];
}

export interface CardSpec {
  readonly title: string;
  readonly channel: Channel;
  /** One team; '' leaves it for the workshop to assign (flagged "No owner"). */
  readonly owner: string;
  /** The workshop's score; off-curve lanes (backstage, customer actions) keep 0. */
  readonly emotion: Emotion;
  /** A lane key (see `LaneSpec.key`); default the Touchpoints lane. */
  readonly lane?: string;
  readonly description?: string;
  readonly voc?: Voc;
  readonly hub?: HubOverride;
  readonly evidence?: Evidence;
  readonly emotionSource?: EmotionSource;
  /** Dated measurements (one per month, the last a week before the map is built). */
  readonly series?: readonly SeriesSpec[];
}

export interface SeriesSpec {
  readonly kind: MetricKind;
  /** Oldest first, one a month. */
  readonly values: readonly number[];
  readonly name?: string;
  readonly sample?: number;
  readonly source?: string;
}

export interface RouteSpec {
  readonly from: string;
  readonly to: string;
  /** Contacts per month. */
  readonly volume?: number;
  readonly demand?: DemandKind;
  readonly label?: string;
  readonly costPerContact?: number;
}

export interface NoteSpec {
  readonly kind: NoteKind;
  /** A card title (the note is tied to that card, in its stage) or a stage name. */
  readonly at: string;
  readonly text: string;
  readonly whys?: readonly string[];
  readonly cxArea?: CxArea;
  readonly owner?: string;
  readonly evidence?: Evidence;
  readonly actions?: readonly ActionSpec[];
}

export interface ActionSpec {
  readonly title: string;
  readonly owner: string;
  readonly status?: ActionStatus;
  /** Due this many days after the map is built (negative: already due). */
  readonly dueInDays?: number;
  readonly cxArea?: CxArea;
  readonly value?: number;
  readonly effort?: number;
  /** Card titles it addresses. */
  readonly touchpoints?: readonly string[];
}

// Row builders: one line of content each, so a template reads like the map it describes.
type Extra<T, K extends keyof T> = Partial<Omit<T, K>>;

export const stage = (name: string, ...cards: CardSpec[]): StageSpec => ({ name, cards });

export const card = (
  title: string,
  channel: Channel,
  owner: string,
  emotion: Emotion,
  more: Extra<CardSpec, 'title' | 'channel' | 'owner' | 'emotion'> = {},
): CardSpec => ({ title, channel, owner, emotion, ...more });

export const route = (
  from: string,
  to: string,
  volume: number,
  demand?: DemandKind,
  more: Extra<RouteSpec, 'from' | 'to' | 'volume' | 'demand'> = {},
): RouteSpec => ({ from, to, volume, demand, ...more });

export const pain = (at: string, text: string, whys: readonly string[], more: Extra<NoteSpec, 'kind'> = {}) =>
  ({ kind: 'painPoint', at, text, whys, ...more }) satisfies NoteSpec;

export const opportunity = (
  at: string,
  text: string,
  cxArea: CxArea,
  owner: string,
  actions: readonly ActionSpec[],
  more: Extra<NoteSpec, 'kind'> = {},
) => ({ kind: 'opportunity', at, text, cxArea, owner, actions, ...more }) satisfies NoteSpec;

export const action = (title: string, owner: string, more: Extra<ActionSpec, 'title' | 'owner'> = {}) => ({
  title,
  owner,
  ...more,
});

export const series = (
  kind: MetricKind,
  values: readonly number[],
  more: Extra<SeriesSpec, 'kind' | 'values'> = {},
): SeriesSpec => ({ kind, values, ...more });

const DAY_MS = 86_400_000;
/** The newest metric point is a week old when the map is built: fresh, and plausibly collected. */
const LATEST_POINT_AGE_DAYS = 7;
const MONTH_DAYS = 30;

/** The map file a spec describes, with fresh ids; dates are relative to `now`. */
export function authorMap(spec: MapSpec, now: Date = new Date()): MapFile {
  const t = now.getTime();
  const laneSpecs = spec.lanes ?? defaultLanes(spec);
  const laneKeys = keys(laneSpecs.length);
  const lanes = laneSpecs.map((l, i) => ({
    id: newLaneId(),
    kind: l.kind,
    label: l.label ?? LANE_KIND_TRAITS[l.kind].label,
    order: laneKeys[i]!,
    visible: l.visible ?? true,
  }));
  const laneByKey = uniqueIndex(
    laneSpecs.map((l, i) => [l.key ?? l.kind, lanes[i]!.id]),
    'lane key',
  );
  const cardLane = lanes.find((l) => l.kind === 'touchpoints')?.id;

  const stageKeys = keys(spec.stages.length);
  const stages = spec.stages.map((s, i) => ({ id: newStageId(), name: s.name, order: stageKeys[i]! }));
  const stageByName = uniqueIndex(
    spec.stages.map((s, i) => [s.name, stages[i]!.id]),
    'stage',
  );

  const touchpoints: MapFileContent['touchpoints'][number][] = [];
  const metrics: NonNullable<MapFileContent['metrics']>[number][] = [];
  spec.stages.forEach((s, si) => {
    const stageId = stages[si]!.id;
    for (const [laneId, cards] of groupBy(s.cards, (c) => lookUp(laneByKey, c.lane, cardLane, 'lane'))) {
      const order = keys(cards.length);
      cards.forEach(({ title, channel, owner, emotion, lane: _l, series: measured, ...rest }, i) => {
        const id = newTouchpointId();
        const base = { id, title, stageId, laneId, order: order[i]!, channel, owner, emotion };
        touchpoints.push(withoutUndefined({ ...base, description: '', hub: 'auto' as const, ...rest }));
        for (const m of measured ?? []) metrics.push(...metricPoints(id, m, t));
      });
    }
  });
  const cardByTitle = uniqueIndex(
    touchpoints.map((c) => [c.title, c.id]),
    'card title',
  );
  const cardIds = (titles: readonly string[] = []) =>
    titles.map((x) => lookUp(cardByTitle, x, undefined, 'card'));

  const connections = (spec.routes ?? []).map(({ from, to, ...rest }) => {
    const [a, b] = cardIds([from, to]) as [string, string];
    return withoutUndefined({ id: connectionId(a, b), from: a, to: b, ...rest });
  });

  const notes: MapFileContent['notes'][number][] = [];
  const actions: Action[] = [];
  const placed = (spec.notes ?? []).map((n) => ({
    n,
    ...placeNote(n.at, cardByTitle, stageByName, touchpoints),
  }));
  for (const cell of groupBy(placed, (p) => `${p.stageId}|${p.n.kind}`).values()) {
    const order = keys(cell.length);
    cell.forEach(({ n: { at: _a, actions: todo = [], whys, ...rest }, stageId, touchpointId }, i) => {
      const id = newNoteId();
      notes.push(
        withoutUndefined({ id, stageId, touchpointId, order: order[i]!, ...rest, whys: whys && [...whys] }),
      );
      const actionKeys = keys(todo.length);
      todo.forEach(({ dueInDays, touchpoints: titles, ...a }, j) =>
        actions.push(
          withoutUndefined({
            id: newActionId(),
            noteId: id,
            status: 'idea',
            ...a,
            due: dueInDays === undefined ? undefined : isoDay(t + dueInDays * DAY_MS),
            touchpointIds: titles && cardIds(titles),
            order: actionKeys[j]!,
            createdAt: t - 2 * 7 * DAY_MS,
            statusAt: t - 3 * DAY_MS,
          }),
        ),
      );
    });
  }

  return {
    format: MAP_FILE_FORMAT,
    version: MAP_FILE_VERSION,
    exportedAt: now.toISOString(),
    map: withoutUndefined({
      info: { ...spec.info },
      stages,
      lanes,
      touchpoints,
      connections,
      notes,
      actions,
      metrics,
      settings: spec.settings && { ...spec.settings },
    }),
  };
}

/** A new map's lanes; a card lane the template leaves empty starts hidden (one switch away). */
function defaultLanes(spec: MapSpec): LaneSpec[] {
  const used = new Set(spec.stages.flatMap((s) => s.cards.map((c) => c.lane ?? 'touchpoints')));
  return DEFAULT_LANES.map(({ kind, visible }) => ({
    kind,
    visible: visible && (!CARD_LANE_KINDS.has(kind) || used.has(kind) || LANE_KIND_TRAITS[kind].required),
  }));
}

function metricPoints(touchpointId: string, s: SeriesSpec, t: number) {
  return s.values.map((value, i) => {
    const ageDays = LATEST_POINT_AGE_DAYS + (s.values.length - 1 - i) * MONTH_DAYS;
    const point = {
      touchpointId,
      kind: s.kind,
      name: s.name,
      source: s.source,
      date: isoDay(t - ageDays * DAY_MS),
    };
    return withoutUndefined({ id: metricPointId(point), ...point, value, sample: s.sample });
  });
}

function placeNote(
  at: string,
  cards: ReadonlyMap<string, string>,
  stages: ReadonlyMap<string, string>,
  touchpoints: ReadonlyArray<{ id: string; stageId: string }>,
): { stageId: string; touchpointId?: string } {
  const touchpointId = cards.get(at);
  const stageId = stages.get(at);
  if (touchpointId !== undefined && stageId !== undefined) throw new Error(`"${at}" is a card and a stage`);
  if (stageId !== undefined) return { stageId };
  const tp = touchpoints.find((c) => c.id === lookUp(cards, at, undefined, 'card or stage'));
  return { stageId: tp!.stageId, touchpointId };
}

/** Fractional-index keys in order, as a map's own edits make them. */
const keys = (n: number): string[] => generateNKeysBetween(null, null, n);

function uniqueIndex(entries: ReadonlyArray<readonly [string, string]>, what: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const [name, id] of entries) {
    if (index.has(name)) throw new Error(`${what} "${name}" is used twice`);
    index.set(name, id);
  }
  return index;
}

function lookUp(
  index: ReadonlyMap<string, string>,
  name: string | undefined,
  fallback: string | undefined,
  what: string,
): string {
  const id = name === undefined ? fallback : index.get(name);
  if (id === undefined) throw new Error(`no ${what} "${name ?? '(default)'}"`);
  return id;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** JSON has no `undefined`: drop such fields so the file equals its own round trip. */
function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
