import type { JourneyMap } from '../journeyMap';
import { CHANNEL_TRAITS } from '../records/channel';
import { ACTION_STATUS_TRAITS, type Action } from '../records/action';
import { DEMAND_TRAITS, type Connection } from '../records/connection';
import { EVIDENCE_TRAITS, type Evidence } from '../records/evidence';
import { EMOTION_LABELS, type Emotion } from '../records/emotion';
import { laneKindLabel, type Lane } from '../records/lane';
import type { MapInfo } from '../records/mapInfo';
import { CX_AREA_LABELS, NOTE_KIND_TRAITS, type Note } from '../records/note';
import type { Stage } from '../records/stage';
import type { HubOverride, Touchpoint } from '../records/touchpoint';

/**
 * What each field of each record means to a person comparing two versions, as data: the diff, the
 * compare view and the revert preview read these tables instead of testing for fields. A field that
 * is not in its table (a card's `order` inside its cell, a stage's or lane's `order`, `locked`) is
 * not a change people asked for: reordering is not editing, and locks are the facilitator's.
 */
export interface FieldTrait<R> {
  /** The label people read ("Emotion", "Owner"). */
  readonly label: string;
  /** The stored value, compared as JSON: two stages with one name are still two stages. */
  readonly value: (record: R) => unknown;
  /** The value as people read it ('' for empty); `map` is the snapshot the record comes from. */
  readonly show: (record: R, map: JourneyMap) => string;
}

export type FieldTable<R> = Readonly<Record<string, FieldTrait<R>>>;

/** The hub control's words (client/editor/panels/HubControl.tsx says them the same way). */
const HUB_LABELS: Readonly<Record<HubOverride, string>> = { auto: 'Auto', hub: 'Hub', notHub: 'Not a hub' };

const text = (v: string | undefined): string => v ?? '';
const evidence = (v: Evidence | undefined): string => EVIDENCE_TRAITS[v ?? 'assumed'].label;
const num = (v: number | undefined): string => (v === undefined ? '' : String(v));

/** A stage's name in that snapshot; '' if it has none there. */
export function stageName(map: JourneyMap, id: string): string {
  return map.stages.find((s) => s.id === id)?.name ?? '';
}

/** A lane's name as its header shows it: its label, or its kind's name when the label is empty. */
export function laneName(lane: Lane): string {
  return lane.label || (laneKindLabel(lane.kind) ?? '');
}

function laneNameIn(map: JourneyMap, id: string): string {
  const lane = map.lanes.find((l) => l.id === id);
  return lane ? laneName(lane) : '';
}

function touchpointTitle(map: JourneyMap, id: string | undefined): string {
  return id === undefined ? '' : (map.touchpoints.find((t) => t.id === id)?.title ?? '');
}

/** A route as people read it: "From card → To card". */
export function connectionTitle(c: Connection, map: JourneyMap): string {
  return `${touchpointTitle(map, c.from)} → ${touchpointTitle(map, c.to)}`;
}

/** Emotion is the effective one (derived from VoC data when the source says so), as its label. */
export const TOUCHPOINT_FIELDS: FieldTable<Touchpoint> = {
  title: { label: 'Title', value: (t) => t.title, show: (t) => t.title },
  stageId: { label: 'Stage', value: (t) => t.stageId, show: (t, m) => stageName(m, t.stageId) },
  laneId: { label: 'Lane', value: (t) => t.laneId, show: (t, m) => laneNameIn(m, t.laneId) },
  channel: { label: 'Channel', value: (t) => t.channel, show: (t) => CHANNEL_TRAITS[t.channel].label },
  owner: { label: 'Owner', value: (t) => t.owner, show: (t) => t.owner },
  description: { label: 'Description', value: (t) => t.description, show: (t) => t.description },
  emotion: { label: 'Emotion', value: (t) => t.emotion, show: (t) => EMOTION_LABELS[t.emotion as Emotion] },
  hub: { label: 'Hub', value: (t) => t.hub, show: (t) => HUB_LABELS[t.hub] },
  'voc.nps': { label: 'NPS', value: (t) => t.voc?.nps, show: (t) => num(t.voc?.nps) },
  'voc.csat': { label: 'CSAT', value: (t) => t.voc?.csat, show: (t) => num(t.voc?.csat) },
  'voc.sampleSize': {
    label: 'Sample size',
    value: (t) => t.voc?.sampleSize,
    show: (t) => num(t.voc?.sampleSize),
  },
  'voc.verbatims': {
    label: 'Verbatims',
    value: (t) => t.voc?.verbatims ?? [],
    show: (t) => (t.voc?.verbatims ?? []).join('; '),
  },
  evidence: { label: 'Evidence', value: (t) => t.evidence ?? 'assumed', show: (t) => evidence(t.evidence) },
};

export const NOTE_FIELDS: FieldTable<Note> = {
  text: { label: 'Text', value: (n) => n.text, show: (n) => n.text },
  kind: { label: 'Kind', value: (n) => n.kind, show: (n) => NOTE_KIND_TRAITS[n.kind].label },
  stageId: { label: 'Stage', value: (n) => n.stageId, show: (n, m) => stageName(m, n.stageId) },
  touchpointId: {
    label: 'Card',
    value: (n) => n.touchpointId,
    show: (n, m) => touchpointTitle(m, n.touchpointId),
  },
  cxArea: {
    label: 'CX area',
    value: (n) => n.cxArea,
    show: (n) => (n.cxArea ? CX_AREA_LABELS[n.cxArea] : ''),
  },
  whys: { label: 'Whys', value: (n) => n.whys ?? [], show: (n) => (n.whys ?? []).join('; ') },
  owner: { label: 'Owner', value: (n) => n.owner ?? '', show: (n) => text(n.owner) },
  evidence: { label: 'Evidence', value: (n) => n.evidence ?? 'assumed', show: (n) => evidence(n.evidence) },
};

/** An action (issue 19): what follow-up changed between two versions. */
export const ACTION_FIELDS: FieldTable<Action> = {
  title: { label: 'Title', value: (a) => a.title, show: (a) => a.title },
  status: { label: 'Status', value: (a) => a.status, show: (a) => ACTION_STATUS_TRAITS[a.status].label },
  owner: { label: 'Owner', value: (a) => a.owner ?? '', show: (a) => text(a.owner) },
  due: { label: 'Due', value: (a) => a.due ?? '', show: (a) => text(a.due) },
  cxArea: {
    label: 'CX area',
    value: (a) => a.cxArea,
    show: (a) => (a.cxArea ? CX_AREA_LABELS[a.cxArea] : ''),
  },
  value: { label: 'Value', value: (a) => a.value, show: (a) => num(a.value) },
  effort: { label: 'Effort', value: (a) => a.effort, show: (a) => num(a.effort) },
  link: { label: 'Link', value: (a) => a.link ?? '', show: (a) => text(a.link) },
  touchpointIds: {
    label: 'Touchpoints',
    value: (a) => a.touchpointIds ?? [],
    show: (a, m) => (a.touchpointIds ?? []).map((id) => touchpointTitle(m, id)).join(', '),
  },
};

export const STAGE_FIELDS: FieldTable<Stage> = {
  name: { label: 'Name', value: (s) => s.name, show: (s) => s.name },
};

export const LANE_FIELDS: FieldTable<Lane> = {
  label: { label: 'Name', value: (l) => l.label, show: (l) => laneName(l) },
  visible: { label: 'Shown', value: (l) => l.visible, show: (l) => (l.visible ? 'Shown' : 'Hidden') },
};

export const CONNECTION_FIELDS: FieldTable<Connection> = {
  label: { label: 'Label', value: (c) => c.label ?? '', show: (c) => text(c.label) },
  volume: { label: 'Volume', value: (c) => c.volume, show: (c) => num(c.volume) },
  demand: {
    label: 'Demand',
    value: (c) => c.demand ?? '',
    show: (c) => (c.demand ? DEMAND_TRAITS[c.demand].label : ''),
  },
  costPerContact: {
    label: 'Cost per contact',
    value: (c) => c.costPerContact,
    show: (c) => num(c.costPerContact),
  },
};

/** The map's header, as the map info dialog labels it. */
export const MAP_INFO_FIELDS: FieldTable<MapInfo> = {
  title: { label: 'Title', value: (i) => i.title, show: (i) => i.title },
  persona: { label: 'Persona', value: (i) => i.persona, show: (i) => i.persona },
  goal: { label: 'Goal', value: (i) => i.goal, show: (i) => i.goal },
  scenario: { label: 'Scenario', value: (i) => i.scenario, show: (i) => i.scenario },
};
