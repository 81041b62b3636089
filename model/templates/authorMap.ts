import { generateNKeysBetween } from 'fractional-indexing';
import {
  MAP_FILE_FORMAT,
  MAP_FILE_VERSION,
  type MapFile,
  type MapFileContent,
} from '../export/mapExportFormat';
import { isoDay } from '../metrics/series';
import { newActionId, type Action } from '../records/action';
import { connectionId } from '../records/connection';
import { CARD_LANE_KINDS, DEFAULT_CARD_LANE_KIND, LANE_KIND_TRAITS, newLaneId } from '../records/lane';
import { DEFAULT_MAP_SETTINGS } from '../records/mapSettings';
import { metricPointId } from '../records/metric';
import { newNoteId } from '../records/note';
import { newStageId } from '../records/stage';
import { newTouchpointId } from '../records/touchpoint';
import { DEFAULT_LANES } from './blankMap';
import type { LaneSpec, MapSpec, SeriesSpec } from './mapSpec';

const DAY_MS = 86_400_000;
/** The newest metric point is a week old when the map is built: fresh, and plausibly collected. */
const LATEST_POINT_AGE_DAYS = 7;
const MONTH_DAYS = 30;

/**
 * The map file a spec describes (`mapSpec.ts`): the format export, import and the template gallery
 * share, so a template is checked by `parseMapFile` like any imported file, and equals the export
 * of the map it creates. Ids are fresh on each call (two maps from one template share none); dates
 * are relative to `now`, so a new map's metric points are fresh and its actions not yet overdue.
 * A route, note or action naming a card or stage that does not exist, or a title used twice,
 * throws: a template is code, so that is a failing test, not bad input.
 */
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
  const cardLane = lanes.find((l) => l.kind === DEFAULT_CARD_LANE_KIND)?.id;
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));

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
    const byLane = groupBy(s.cards, (c) => lookUp(laneByKey, c.lane, cardLane, 'lane'));
    // In display order (stage, lane, cell), as an export of the map lists them.
    const inLaneOrder = [...byLane].sort(([a], [b]) => laneIndex.get(a)! - laneIndex.get(b)!);
    for (const [laneId, cards] of inLaneOrder) {
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
            ...a,
            status: a.status ?? 'idea',
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
      // Absent when empty, and settings whole, as `buildMapFile` writes them.
      actions: actions.length > 0 ? actions : undefined,
      metrics: metrics.length > 0 ? metrics : undefined,
      settings: spec.settings && { ...DEFAULT_MAP_SETTINGS, ...spec.settings },
    }),
  };
}

/** A new map's lanes; a card lane the template leaves empty starts hidden (one switch away). */
function defaultLanes(spec: MapSpec): LaneSpec[] {
  const used = new Set(spec.stages.flatMap((s) => s.cards.map((c) => c.lane ?? DEFAULT_CARD_LANE_KIND)));
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
