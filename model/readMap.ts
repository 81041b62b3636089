import * as Y from 'yjs';
import type { z } from 'zod';
import { collection, metaMap, readSchemaVersion, type CollectionName } from './docLayout';
import type { JourneyMap, ReadProblem, ReadResult } from './journeyMap';
import { readMapInfo } from './commands/mapInfo';
import { compareOrdered, sortOrdered } from './order';
import { readFacilitation } from './readFacilitation';
import { parseRecord, reportProblem } from './parseRecords';
import { plainRecord, schemaFields } from './plainRecord';
import { connectionSchema, type Connection } from './records/connection';
import { CARD_LANE_KINDS, DEFAULT_CARD_LANE_KIND, laneSchema } from './records/lane';
import { noteSchema, type Note } from './records/note';
import { slideSchema } from './records/slide';
import { actionSchema } from './records/action';
import { metricPointSchema } from './records/metric';
import { latestStandardPoints } from './metrics/series';
import { placeActions, placeMetrics, readMapSettings } from './programme/readProgramme';
import { stageSchema, type Stage, type StageRecord } from './records/stage';
import { touchpointSchema, type Touchpoint } from './records/touchpoint';
import { resolveStageId } from './stageResolution';
import { measuredEmotion } from './insights/emotionFromData';
import { clipMergedText } from './text/clipMergedText';
import { deepFreeze, reuseById, sameJson } from './identity';

/**
 * Turns a Y.Doc into a validated, immutable JourneyMap. Records that fail validation (written by a
 * buggy or hostile client) are skipped and reported in `problems`; nothing here throws on content.
 * Pass the previous snapshot to keep unchanged records (and arrays) identical, so React skips them.
 */
export function readMap(doc: Y.Doc, prev?: JourneyMap, changed?: ChangedTypes): ReadResult {
  const problems: ReadProblem[] = [];
  const parseAll = <S extends z.ZodType<{ id: string }>>(name: CollectionName, schema: S) =>
    parseCollection(doc, name, schema, problems, changed);
  const stageRecords = parseAll('stages', stageSchema);
  const stagesById = new Map<string, StageRecord>(stageRecords.map((s) => [s.id, s]));
  const stages: Stage[] = sortOrdered(stageRecords.filter((s) => !s.deleted)).map((s) => ({
    id: s.id,
    name: s.name,
    order: s.order,
    ...(s.childMapId === undefined ? {} : { childMapId: s.childMapId }),
  }));
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));

  const lanes = sortOrdered(parseAll('lanes', laneSchema));
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
  const defaultCardLane = lanes.find((l) => l.kind === DEFAULT_CARD_LANE_KIND);

  const metricRecords = parseAll('metrics', metricPointSchema);
  const latestPoints = latestStandardPoints(metricRecords);
  const touchpoints: Touchpoint[] = [];
  for (const tp of parseAll('touchpoints', touchpointSchema)) {
    const stageId = resolveStageId(tp.stageId, stagesById, stages);
    if (!stageId) {
      problems.push({ collection: 'touchpoints', id: tp.id, message: 'no stage to place it in' });
      continue;
    }
    if (stageId !== tp.stageId && !stagesById.has(tp.stageId)) {
      problems.push({ collection: 'touchpoints', id: tp.id, message: `unknown stage ${tp.stageId}` });
    }
    const lane = lanes[laneIndex.get(tp.laneId) ?? -1];
    const laneId = lane && CARD_LANE_KINDS.has(lane.kind) ? lane.id : defaultCardLane?.id;
    if (!laneId) {
      problems.push({ collection: 'touchpoints', id: tp.id, message: 'no lane to place it in' });
      continue;
    }
    const placed = stageId === tp.stageId && laneId === tp.laneId ? tp : { ...tp, stageId, laneId };
    // Emotion from VoC data replaces the guess in the snapshot only: the doc keeps the guess, so
    // switching the source back to 'manual' restores it.
    const measured = measuredEmotion(tp, (kind) => latestPoints.get(tp.id)?.get(kind));
    touchpoints.push(
      measured === undefined
        ? placed
        : {
            ...placed,
            emotion: measured.emotion,
            emotionMeasured: true,
            manualEmotion: tp.emotion,
            ...(measured.date !== undefined ? { emotionDate: measured.date } : {}),
          },
    );
  }
  // Cell order (stage, then lane), then order in the cell; one number per card, not per comparison.
  const cellRank = new Map<Touchpoint, number>();
  for (const t of touchpoints)
    cellRank.set(t, (stageIndex.get(t.stageId) ?? 0) * (lanes.length + 1) + (laneIndex.get(t.laneId) ?? 0));
  touchpoints.sort((a, b) => cellRank.get(a)! - cellRank.get(b)! || compareOrdered(a, b));
  const touchpointIds = new Set(touchpoints.map((t) => t.id));

  const connections: Connection[] = [];
  for (const c of parseAll('connections', connectionSchema)) {
    // An edge to a deleted card is the normal result of a concurrent delete: dropped silently. The
    // commands never draw a self-loop, so one is reported. (An id that does not name its ends is
    // kept: maps from before derived ids have them; the map file renames them on export.)
    if (!touchpointIds.has(c.from) || !touchpointIds.has(c.to)) continue;
    if (c.from === c.to) reportProblem(problems, 'connections', c.id, 'connects a touchpoint to itself');
    else connections.push(c);
  }
  connections.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const notes: Note[] = [];
  for (const note of parseAll('notes', noteSchema)) {
    const stageId = resolveStageId(note.stageId, stagesById, stages);
    if (!stageId) {
      problems.push({ collection: 'notes', id: note.id, message: 'no stage to place it in' });
      continue;
    }
    // Reported like a touchpoint's: stages are never removed (only tombstoned), so an unknown id
    // comes from a buggy or hostile writer, not from a concurrent delete.
    if (stageId !== note.stageId && !stagesById.has(note.stageId)) {
      problems.push({ collection: 'notes', id: note.id, message: `unknown stage ${note.stageId}` });
    }
    const linkOk = note.touchpointId === undefined || touchpointIds.has(note.touchpointId);
    notes.push(
      stageId === note.stageId && linkOk
        ? note
        : { ...note, stageId, touchpointId: linkOk ? note.touchpointId : undefined },
    );
  }
  notes.sort(
    (a, b) => (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) || compareOrdered(a, b),
  );

  const version = metaMap(doc).get('schemaVersion');
  if (version !== undefined && readSchemaVersion(doc) !== version) {
    reportProblem(problems, 'meta', 'schemaVersion', 'not a whole number');
  }
  const next: JourneyMap = {
    schemaVersion: readSchemaVersion(doc),
    info: readMapInfo(doc, problems),
    stages,
    lanes,
    touchpoints,
    connections,
    notes,
    slides: sortOrdered(parseAll('slides', slideSchema)),
    actions: placeActions(parseAll('actions', actionSchema), notes, touchpointIds),
    metrics: placeMetrics(metricRecords, touchpointIds),
    settings: readMapSettings((key) => metaMap(doc).get(key), problems),
    facilitation: readFacilitation(doc, touchpoints, problems),
  };
  return { map: prev ? reuseUnchanged(next, prev) : freezeMap(next), problems };
}

/**
 * The types a transaction changed (`tr.changed`, `tr.changedParentTypes`): a record whose Y.Map is not
 * among them parses as it did last time, so a remote move re-validates one card, not the whole map.
 * Without it every record is parsed.
 */
export interface ChangedTypes {
  has(type: object): boolean;
}

type ParseOutcome = { ok: true; data: unknown } | { ok: false; message: string };

/** The last outcome per record Y.Map (a Y.Map never moves to another key or doc). */
const parsedRecords = new WeakMap<Y.Map<unknown>, ParseOutcome>();

function parseCollection<S extends z.ZodType<{ id: string }>>(
  doc: Y.Doc,
  name: CollectionName,
  schema: S,
  problems: ReadProblem[],
  changed: ChangedTypes | undefined,
): Array<z.infer<S>> {
  const fields = schemaFields(schema);
  const out: Array<z.infer<S>> = [];
  collection(doc, name).forEach((value: unknown, key) => {
    const record = value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
    let outcome = record && changed && !changed.has(record) ? parsedRecords.get(record) : undefined;
    if (!outcome) {
      const plain = plainRecord(value, fields);
      outcome = parseRecord(key, record ? clipMergedText(name, record, plain) : plain, schema);
      if (record) parsedRecords.set(record, outcome);
    }
    if (outcome.ok) out.push(outcome.data as z.infer<S>);
    else reportProblem(problems, name, key, outcome.message);
  });
  return out;
}

/** Keeps the previous object wherever the content is unchanged, so selectors and memo see no change. */
function reuseUnchanged(next: JourneyMap, prev: JourneyMap): JourneyMap {
  const info = sameJson(next.info, prev.info) ? prev.info : Object.freeze(next.info);
  const stages = keepRecords(next.stages, prev.stages);
  const lanes = keepRecords(next.lanes, prev.lanes);
  const touchpoints = keepRecords(next.touchpoints, prev.touchpoints);
  const connections = keepRecords(next.connections, prev.connections);
  const notes = keepRecords(next.notes, prev.notes);
  const slides = keepRecords(next.slides, prev.slides);
  const actions = keepRecords(next.actions, prev.actions);
  const metrics = keepRecords(next.metrics, prev.metrics);
  const settings = sameJson(next.settings, prev.settings) ? prev.settings : Object.freeze(next.settings);
  const facilitation = sameJson(next.facilitation, prev.facilitation)
    ? prev.facilitation
    : deepFreeze(next.facilitation);
  const unchanged =
    next.schemaVersion === prev.schemaVersion &&
    info === prev.info &&
    stages === prev.stages &&
    lanes === prev.lanes &&
    touchpoints === prev.touchpoints &&
    connections === prev.connections &&
    notes === prev.notes &&
    slides === prev.slides &&
    actions === prev.actions &&
    metrics === prev.metrics &&
    settings === prev.settings &&
    facilitation === prev.facilitation;
  if (unchanged) return prev;
  return Object.freeze({
    schemaVersion: next.schemaVersion,
    info,
    stages,
    lanes,
    touchpoints,
    connections,
    notes,
    slides,
    actions,
    metrics,
    settings,
    facilitation,
  });
}

/** The previous record wherever its content is unchanged; a changed or new one frozen. */
function keepRecords<T extends { readonly id: string }>(
  next: readonly T[],
  prev: readonly T[],
): readonly T[] {
  const out = reuseById(prev, next, (old, rec) =>
    old && (old === rec || sameJson(old, rec)) ? old : deepFreeze(rec),
  );
  return out === prev ? prev : Object.freeze(out);
}

function freezeMap(map: JourneyMap): JourneyMap {
  for (const list of [
    map.stages,
    map.lanes,
    map.touchpoints,
    map.connections,
    map.notes,
    map.slides,
    map.actions,
    map.metrics,
  ]) {
    for (const rec of list) deepFreeze(rec);
    Object.freeze(list);
  }
  Object.freeze(map.info);
  Object.freeze(map.settings);
  deepFreeze(map.facilitation);
  return Object.freeze(map);
}
