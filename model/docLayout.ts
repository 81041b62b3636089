import type * as Y from 'yjs';
import { defineDocLayout, sameValue, type FieldCodec, type RecordMap } from './defineDocLayout';
import { LOCAL_ORIGIN } from './origins';
import { newYText, newYTextList, writeText, writeTextList } from './text/collabText';
import { META_TEXT_FIELDS, textFieldMax, textListField } from './text/textFields';

/**
 * The one module that knows how a journey map lives in a Y.Doc: its layout is data for
 * `defineDocLayout` (the only module that calls `doc.getMap(...)`), plus the map's text fields.
 *
 * Layout (schema version in `meta.schemaVersion`):
 * - `meta`: Y.Map of plain fields (title, persona, goal, scenario, schemaVersion).
 * - `stages`, `lanes`, `touchpoints`, `connections`, `notes`: Y.Map keyed by record id, each value a
 *   Y.Map of the record's fields. One Y.Map per record means two people editing different fields of
 *   the same card (one moves it, one sets its emotion) both keep their change; the same field is
 *   last-writer-wins. Order is a fractional-index string field (`order`), so concurrent reorders
 *   merge instead of fighting over an array.
 * - `votes`: one record per person and card of the current dot vote (`voteId:userId:touchpointId`),
 *   written only by that person, so two people voting at once never touch the same record.
 * - Facilitation lives in `meta` as whole values (last writer wins): `facilitator` ({ userId, name }),
 *   `structureLocked`, `vote` (the running vote) and `timer`. Cards carry an optional `locked` field.
 *   All of these are optional (absent = no seat holder, unlocked, no vote, no timer), so maps written
 *   before them need no migration.
 * - Text people type (schema v2, `text/textFields.ts`): a stage's name, a touchpoint's title and
 *   description, a note's text, the map's title, persona, goal and scenario are Y.Text, and a pain
 *   point's whys a Y.Array of Y.Text, so two people typing in one field both keep their characters.
 *   putRecord and patchRecord turn plain strings into that shape; readers accept both.
 * - The workshop's history (issue 17): `voteResults` (one record per ended vote, keyed by the vote's
 *   id) and `timerRuns` (one per countdown started). Written once by the facilitator's commands and
 *   never changed (the server refuses it); not map content, so a restore or a revert leaves them.
 * - `slides` (issue 18): the presentation's deck, edited like any record; absent = the default deck.
 * - `actions` (issue 19): follow-up held by an opportunity or pain point (`noteId`); the title is
 *   Y.Text. `metrics`: dated VoC points per touchpoint, ids derived from what they measure.
 *   The programme settings (cost per contact, currency, stale threshold) are plain `meta` keys.
 */
export const COLLECTIONS = [
  'stages',
  'lanes',
  'touchpoints',
  'connections',
  'notes',
  'votes',
  'voteResults',
  'timerRuns',
  'slides',
  'actions',
  'metrics',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Collections that record what happened in workshops: kept as they are by restore and revert. */
export const HISTORY_COLLECTIONS = ['voteResults', 'timerRuns'] as const satisfies readonly CollectionName[];

export type { RecordMap };

/** Text fields are collaborative text (`text/textFields.ts`); every other field is a plain value. */
const textFields: FieldCodec<CollectionName> = {
  stored(name, key, value) {
    if (typeof value === 'string' && textFieldMax(name, key) !== undefined) return newYText(value);
    if (Array.isArray(value) && textListField(name, key) && value.every((v) => typeof v === 'string'))
      return newYTextList(value);
    return value;
  },
  edit(rec, name, key, value) {
    if (typeof value === 'string' && textFieldMax(name, key) !== undefined) writeText(rec, key, value);
    else if (Array.isArray(value) && textListField(name, key) && value.every((v) => typeof v === 'string'))
      writeTextList(rec, key, value);
    else return false;
    return true;
  },
};

const mapLayout = defineDocLayout({
  meta: 'meta',
  collections: COLLECTIONS,
  origin: LOCAL_ORIGIN,
  fields: textFields,
});

export const {
  metaMap,
  collection,
  getRecord,
  putRecord,
  patchRecord,
  removeRecord,
  rawRecords,
  transact: transactCommand,
  roots: undoScope,
} = mapLayout;

/** The schema version the doc was written with; 0 for a doc nobody initialised. */
export function readSchemaVersion(doc: Y.Doc): number {
  const v = metaMap(doc).get('schemaVersion');
  return typeof v === 'number' && Number.isInteger(v) ? v : 0;
}

/** True once anything wrote the map's own fields (a template, an import, a sync, the local copy). */
export function hasMapMeta(doc: Y.Doc): boolean {
  return metaMap(doc).size > 0;
}

/**
 * Sets one of the map's header fields (title, persona, goal, scenario) as collaborative text: an
 * edit of the Y.Text that is there, so concurrent typing merges. Other meta keys are plain values.
 */
export function writeMetaField(doc: Y.Doc, key: string, value: unknown): void {
  const meta = metaMap(doc);
  if (typeof value === 'string' && Object.hasOwn(META_TEXT_FIELDS, key)) writeText(meta, key, value);
  else if (!sameValue(meta.get(key), value)) meta.set(key, value);
}

/**
 * Calls `onChange` after every transaction that changes one of `name`'s records (added, removed or
 * edited, however deep); returns the function that stops watching. For the server's readers that
 * care about one collection only (notifications watch `actions`), so that other edits cost nothing.
 */
export function watchCollection(doc: Y.Doc, name: CollectionName, onChange: () => void): () => void {
  const target = collection(doc, name);
  const observer = (): void => onChange();
  target.observeDeep(observer);
  return () => target.unobserveDeep(observer);
}
