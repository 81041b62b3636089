import * as Y from 'yjs';
import type { Origin } from './origins';
import { LOCAL_ORIGIN } from './origins';
import { plainRecord } from './plainRecord';
import { newYText, newYTextList, writeText, writeTextList } from './text/collabText';
import { META_TEXT_FIELDS, textFieldMax, textListField } from './text/textFields';

/**
 * The one module that knows how a journey map lives in a Y.Doc. Nothing else calls
 * `doc.getMap(...)`.
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
 */
export const COLLECTIONS = ['stages', 'lanes', 'touchpoints', 'connections', 'notes', 'votes'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export type RecordMap = Y.Map<unknown>;

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function collection(doc: Y.Doc, name: CollectionName): Y.Map<RecordMap> {
  return doc.getMap(name);
}

/** The schema version the doc was written with; 0 for a doc nobody initialised. */
export function readSchemaVersion(doc: Y.Doc): number {
  const v = metaMap(doc).get('schemaVersion');
  return typeof v === 'number' && Number.isInteger(v) ? v : 0;
}

export function getRecord(doc: Y.Doc, name: CollectionName, id: string): RecordMap | undefined {
  const rec = collection(doc, name).get(id);
  return rec instanceof Y.Map ? rec : undefined;
}

/**
 * Inserts a record as a Y.Map of its fields; `undefined` fields are left out. Text fields become
 * Y.Text (and text lists Y.Arrays of Y.Text): see `text/textFields.ts`.
 */
export function putRecord<T extends { readonly id: string }>(
  doc: Y.Doc,
  name: CollectionName,
  record: T,
): void {
  const ymap = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(record)) if (v !== undefined) ymap.set(k, storedValue(name, k, v));
  collection(doc, name).set(record.id, ymap);
}

/** A field's value as the doc stores it: collaborative text for text fields, else as it is. */
function storedValue(name: CollectionName, key: string, value: unknown): unknown {
  if (typeof value === 'string' && textFieldMax(name, key) !== undefined) return newYText(value);
  if (Array.isArray(value) && textListField(name, key) && value.every((v) => typeof v === 'string'))
    return newYTextList(value);
  return value;
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
 * Writes only the fields that differ, so an edit of one field never overwrites a concurrent edit
 * of another. `undefined` deletes the field. A text field is edited, not replaced (the smallest
 * change to its Y.Text), so a concurrent edit of the same text keeps its characters too. Returns
 * false when the record does not exist.
 */
export function patchRecord(
  doc: Y.Doc,
  name: CollectionName,
  id: string,
  patch: Record<string, unknown>,
): boolean {
  const rec = getRecord(doc, name, id);
  if (!rec) return false;
  for (const [k, v] of Object.entries(patch)) {
    if (k === 'id') continue;
    if (v === undefined) {
      if (rec.has(k)) rec.delete(k);
    } else if (typeof v === 'string' && textFieldMax(name, k) !== undefined) {
      writeText(rec, k, v);
    } else if (Array.isArray(v) && textListField(name, k) && v.every((item) => typeof item === 'string')) {
      writeTextList(rec, k, v);
    } else if (!sameValue(rec.get(k), v)) {
      rec.set(k, v);
    }
  }
  return true;
}

export function removeRecord(doc: Y.Doc, name: CollectionName, id: string): boolean {
  const col = collection(doc, name);
  if (!col.has(id)) return false;
  col.delete(id);
  return true;
}

/**
 * All records of a collection as plain objects (unvalidated, null-prototype, bounded: see
 * plainRecord.ts), only `fields` when given; a value that is not a readable record comes back as
 * an `UnreadableRecord`.
 */
export function rawRecords(
  doc: Y.Doc,
  name: CollectionName,
  fields?: readonly string[],
): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  collection(doc, name).forEach((value, key) => {
    out.push([key, plainRecord(value, fields)]);
  });
  return out;
}

/** Every command runs as one transaction with an origin (local by default), so undo and sync see one step. */
export function transactCommand<T>(doc: Y.Doc, fn: () => T, origin: Origin = LOCAL_ORIGIN): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
  }, origin);
  return result;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    // A hostile value too deep to stringify: it is not what the command writes, so overwrite it.
    return false;
  }
}

/** Everything a user's undo may revert: the map's fields and every record collection. */
export function undoScope(doc: Y.Doc): Array<Y.Map<unknown>> {
  return [metaMap(doc), ...COLLECTIONS.map((name) => collection(doc, name) as Y.Map<unknown>)];
}
