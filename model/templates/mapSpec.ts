import type { ActionStatus } from '../records/action';
import type { Channel } from '../records/channel';
import type { DemandKind } from '../records/connection';
import type { Emotion } from '../records/emotion';
import type { Evidence } from '../records/evidence';
import type { LaneKind } from '../records/lane';
import type { MapInfo } from '../records/mapInfo';
import type { MapSettings } from '../records/mapSettings';
import type { MetricKind } from '../records/metric';
import type { CxArea, NoteKind } from '../records/note';
import type { EmotionSource, HubOverride, Voc } from '../records/touchpoint';

/**
 * A map written as content (stage names, card rows, routes and notes named by card title) instead
 * of id plumbing: the language templates are written in. `authorMap` turns it into a map file.
 * Names are the references: a route, note or action names cards by title and stages by name.
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
