import { isHub } from '../hub';
import type { JourneyMap } from '../journeyMap';
import { CHANNEL_TRAITS } from '../records/channel';
import type { Connection } from '../records/connection';
import { CX_AREA_LABELS, NOTE_KIND_TRAITS, type Note } from '../records/note';
import type { Touchpoint } from '../records/touchpoint';
import { numberCell, safeList, safeText, writeCsv, type CsvColumn } from './csvTable';

/** Names a row's stage, lane and cards by what people see, not by id. */
export interface Names {
  readonly stage: (id: string) => string;
  readonly lane: (id: string) => string;
  readonly card: (id: string | undefined) => string;
}

export function namesOf(map: JourneyMap): Names {
  const stages = new Map(map.stages.map((s) => [s.id, s.name]));
  const lanes = new Map(map.lanes.map((l) => [l.id, l.label]));
  const cards = new Map(map.touchpoints.map((t) => [t.id, t.title]));
  return {
    stage: (id) => safeText(stages.get(id) ?? ''),
    lane: (id) => safeText(lanes.get(id) ?? ''),
    card: (id) => safeText((id && cards.get(id)) ?? ''),
  };
}

/**
 * Every field of a touchpoint, one column each. "Hub" is whether the card counts as a hub (its
 * override, or its channel); "Hub override" is what a person chose (auto, hub, notHub).
 */
export const TOUCHPOINT_COLUMNS = (n: Names): readonly CsvColumn<Touchpoint>[] => [
  { header: 'Id', cell: (t) => t.id },
  { header: 'Stage', cell: (t) => n.stage(t.stageId) },
  { header: 'Lane', cell: (t) => n.lane(t.laneId) },
  { header: 'Order', cell: (t) => t.order },
  { header: 'Title', cell: (t) => safeText(t.title) },
  { header: 'Channel', cell: (t) => CHANNEL_TRAITS[t.channel].label },
  { header: 'Owner', cell: (t) => safeText(t.owner) },
  { header: 'Emotion', cell: (t) => String(t.emotion), numeric: true },
  { header: 'Emotion source', cell: (t) => t.emotionSource ?? 'manual' },
  { header: 'Description', cell: (t) => safeText(t.description) },
  { header: 'Hub', cell: (t) => (isHub(t) ? 'yes' : 'no') },
  { header: 'Hub override', cell: (t) => t.hub },
  { header: 'NPS', cell: (t) => numberCell(t.voc?.nps), numeric: true },
  { header: 'CSAT', cell: (t) => numberCell(t.voc?.csat), numeric: true },
  { header: 'Sample size', cell: (t) => numberCell(t.voc?.sampleSize), numeric: true },
  { header: 'Verbatims', cell: (t) => safeList(t.voc?.verbatims) },
];

/** Pain points and opportunities; "Card" is the touchpoint a note is pinned to (empty: the stage's). */
export const NOTE_COLUMNS = (n: Names): readonly CsvColumn<Note>[] => [
  { header: 'Id', cell: (note) => note.id },
  { header: 'Kind', cell: (note) => NOTE_KIND_TRAITS[note.kind].label },
  { header: 'Stage', cell: (note) => n.stage(note.stageId) },
  { header: 'Card', cell: (note) => n.card(note.touchpointId) },
  { header: 'Card id', cell: (note) => note.touchpointId ?? '' },
  { header: 'Text', cell: (note) => safeText(note.text) },
  { header: 'Owner', cell: (note) => safeText(note.owner ?? '') },
  { header: 'CX area', cell: (note) => (note.cxArea ? CX_AREA_LABELS[note.cxArea] : '') },
  { header: 'Whys', cell: (note) => safeList(note.whys) },
];

/** Routes between cards by title (and id, since titles repeat), with their reason and volume per month. */
export const ROUTE_COLUMNS = (n: Names): readonly CsvColumn<Connection>[] => [
  { header: 'From', cell: (c) => n.card(c.from) },
  { header: 'To', cell: (c) => n.card(c.to) },
  { header: 'Reason', cell: (c) => safeText(c.label ?? '') },
  { header: 'Volume per month', cell: (c) => numberCell(c.volume), numeric: true },
  { header: 'From id', cell: (c) => c.from },
  { header: 'To id', cell: (c) => c.to },
];

/** Touchpoints as CSV, one row per card in map order (the server's `export.csv` sends this). */
export function mapToCsv(map: JourneyMap): string {
  return writeCsv(TOUCHPOINT_COLUMNS(namesOf(map)), map.touchpoints);
}

/** Notes (pain points, opportunities) as CSV, one row per note in map order. */
export function notesToCsv(map: JourneyMap): string {
  return writeCsv(NOTE_COLUMNS(namesOf(map)), map.notes);
}

/** Routes (connections) as CSV, one row per route in map order. */
export function routesToCsv(map: JourneyMap): string {
  return writeCsv(ROUTE_COLUMNS(namesOf(map)), map.connections);
}
