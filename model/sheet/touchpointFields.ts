import { CSV_LIST_SEPARATOR } from '../export/csvTable';
import { CHANNEL_TRAITS, CHANNELS, type Channel } from '../records/channel';
import { EMOTION_MAX, EMOTION_MIN, type Emotion } from '../records/emotion';
import { type EmotionSource, type HubOverride } from '../records/touchpoint';
import { bad, numberIn, ok, oneOf, text, type Parsed } from './cellParsers';

/** What one importable field means: its name, the headers that map to it and how a cell is read. */
export interface SheetField<V> {
  /** Its name in the mapping dialog and in messages ("Row 7, Emotion: …"). */
  readonly label: string;
  /**
   * Headers that map to it, compared with `headerKey`: our own export's header first (so a round
   * trip maps exactly), then common synonyms.
   */
  readonly headers: readonly string[];
  /** Without a column for it nothing can be imported ("No column for Stage"). */
  readonly required: boolean;
  /** Reads a trimmed cell; an empty cell is `undefined` ("not given": keep, or the default). */
  readonly parse: (text: string) => Parsed<V>;
}

const CHANNEL_NAMES = Object.fromEntries(
  CHANNELS.map((c) => [c, [CHANNEL_TRAITS[c].label, ...CHANNEL_TRAITS[c].label.split(' / ')]]),
) as Record<Channel, string[]>;
const SOURCE_NAMES: Record<EmotionSource, string[]> = { manual: ['guess'], csat: [], nps: [], ces: [] };
const HUB_NAMES: Record<HubOverride, string[]> = {
  auto: ['automatic'],
  hub: [],
  notHub: ['not hub', 'no hub'],
};

/** The touchpoint fields a spreadsheet can set, in the order the mapping dialog lists them. */
export const TOUCHPOINT_FIELDS = [
  'id',
  'stage',
  'lane',
  'order',
  'title',
  'channel',
  'owner',
  'emotion',
  'emotionSource',
  'description',
  'hub',
  'nps',
  'csat',
  'sampleSize',
  'verbatims',
] as const;
export type TouchpointField = (typeof TOUCHPOINT_FIELDS)[number];

/** What each field's cells hold once read. */
export interface TouchpointValues {
  id: string;
  stage: string;
  lane: string;
  order: string;
  title: string;
  channel: Channel | undefined;
  owner: string;
  emotion: Emotion | undefined;
  emotionSource: EmotionSource | undefined;
  description: string;
  hub: HubOverride | undefined;
  nps: number | undefined;
  csat: number | undefined;
  sampleSize: number | undefined;
  verbatims: string[];
}

/**
 * Every importable touchpoint field, as data (headers follow model/export/mapCsv.ts; "Hub" there is
 * derived, so only "Hub override" is read). Limits follow the record's schema.
 */
export const TOUCHPOINT_FIELD_TRAITS: { readonly [F in TouchpointField]: SheetField<TouchpointValues[F]> } = {
  id: { label: 'Id', headers: ['Id', 'Card id', 'Touchpoint id', 'Key'], required: false, parse: text(64) },
  stage: {
    label: 'Stage',
    headers: ['Stage', 'Phase', 'Step', 'Stage name', 'Column'],
    required: true,
    parse: text(120),
  },
  lane: { label: 'Lane', headers: ['Lane', 'Row', 'Swimlane', 'Layer'], required: false, parse: text(200) },
  // Its place within the cell: our export's keys, or any numbers or text that sort.
  order: { label: 'Order', headers: ['Order', 'Position', 'Sort order'], required: false, parse: text(64) },
  title: {
    label: 'Title',
    headers: ['Title', 'Touchpoint', 'Name', 'Card', 'Touchpoint name', 'Activity'],
    required: true,
    parse: text(200),
  },
  channel: {
    label: 'Channel',
    headers: ['Channel', 'Medium'],
    required: false,
    parse: oneOf('a channel', CHANNEL_NAMES),
  },
  owner: {
    label: 'Owner',
    headers: ['Owner', 'Team', 'Responsible', 'Department'],
    required: false,
    parse: text(120),
  },
  emotion: {
    label: 'Emotion',
    headers: ['Emotion', 'Feeling', 'Sentiment', 'Mood', 'Score'],
    required: false,
    parse: numberIn(EMOTION_MIN, EMOTION_MAX, true, 'a number') as (t: string) => Parsed<Emotion | undefined>,
  },
  emotionSource: {
    label: 'Emotion source',
    headers: ['Emotion source'],
    required: false,
    parse: oneOf('manual, csat or nps', SOURCE_NAMES),
  },
  description: {
    label: 'Description',
    headers: ['Description', 'Details', 'Notes'],
    required: false,
    parse: text(4000),
  },
  hub: {
    label: 'Hub override',
    headers: ['Hub override'],
    required: false,
    parse: oneOf('auto, hub or notHub', HUB_NAMES),
  },
  nps: {
    label: 'NPS',
    headers: ['NPS', 'Net promoter score'],
    required: false,
    parse: numberIn(-100, 100, false),
  },
  csat: { label: 'CSAT', headers: ['CSAT', 'Satisfaction'], required: false, parse: numberIn(1, 5, false) },
  sampleSize: {
    label: 'Sample size',
    headers: ['Sample size', 'Sample', 'Responses', 'N'],
    required: false,
    parse: numberIn(0, 1e9, true),
  },
  verbatims: {
    label: 'Verbatims',
    headers: ['Verbatims', 'Verbatim', 'Quotes', 'Quote'],
    required: false,
    parse: (t) => {
      const list =
        t === ''
          ? []
          : t
              .split(CSV_LIST_SEPARATOR.trim())
              .map((v) => v.trim())
              .filter(Boolean);
      if (list.length > 50) return bad(`has ${list.length} verbatims; at most 50 fit`);
      const long = list.find((v) => v.length > 500);
      return long ? bad(`a verbatim is ${long.length} characters long; at most 500 fit`) : ok(list);
    },
  },
};
