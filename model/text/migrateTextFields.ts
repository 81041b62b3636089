import * as Y from 'yjs';
import { collection, metaMap, type CollectionName } from '../docLayout';
import { isPlainYText, newYText, newYTextList } from './collabText';

/**
 * Schema v2: the text people type becomes collaborative text. Frozen here as it was at v2 (a later
 * version that adds a text field migrates it itself), independent of the live table in textFields.ts.
 */
const V2_TEXT_FIELDS: Partial<Record<CollectionName, Readonly<Record<string, number>>>> = {
  stages: { name: 120 },
  touchpoints: { title: 200, description: 4000 },
  notes: { text: 2000 },
};
const V2_TEXT_LISTS: Partial<Record<CollectionName, Readonly<Record<string, number>>>> = {
  notes: { whys: 300 },
};
const V2_WHYS_MAX = 5;
const V2_META_TEXT: Readonly<Record<string, number>> = {
  title: 200,
  persona: 500,
  goal: 1000,
  scenario: 2000,
};

/**
 * Only text within its limit is converted: a longer string can only come from a hostile writer, and
 * must stay one the reader refuses (collaborative text past its limit is shown cut, as a merge
 * result). Legit v1 maps never hold one: every writer checked the limits.
 */
const fits = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** v1 → v2: every plain string in a text field becomes a Y.Text, every list of whys a Y.Array of them. */
export function textFieldsUp(doc: Y.Doc): void {
  const meta = metaMap(doc);
  for (const [key, max] of Object.entries(V2_META_TEXT)) {
    const v = meta.get(key);
    if (fits(v, max)) meta.set(key, newYText(v));
  }
  forEachRecord(doc, V2_TEXT_FIELDS, (rec, field, max) => {
    const v = rec.get(field);
    if (fits(v, max)) rec.set(field, newYText(v));
  });
  forEachRecord(doc, V2_TEXT_LISTS, (rec, field, max) => {
    const v = rec.get(field);
    // Anything else (junk a client wrote) is left for the reader to skip and report.
    if (Array.isArray(v) && v.length <= V2_WHYS_MAX && v.every((item) => fits(item, max)))
      rec.set(field, newYTextList(v));
  });
}

/**
 * v2 → v1: the same fields back to plain strings (and string arrays). Not run by the server (maps
 * only go up); it is the inverse that proves the migration loses no text, and what an export to an
 * older Journey would need.
 */
export function textFieldsDown(doc: Y.Doc): void {
  const meta = metaMap(doc);
  for (const key of Object.keys(V2_META_TEXT)) {
    const v = meta.get(key);
    if (isPlainYText(v)) meta.set(key, v.toJSON());
  }
  forEachRecord(doc, V2_TEXT_FIELDS, (rec, field) => {
    const v = rec.get(field);
    if (isPlainYText(v)) rec.set(field, v.toJSON());
  });
  forEachRecord(doc, V2_TEXT_LISTS, (rec, field) => {
    const v = rec.get(field);
    if (v instanceof Y.Array && v.toArray().every(isPlainYText))
      rec.set(
        field,
        (v.toArray() as Y.Text[]).map((t) => t.toJSON()),
      );
  });
}

function forEachRecord(
  doc: Y.Doc,
  fields: Partial<Record<CollectionName, Readonly<Record<string, number>>>>,
  fn: (record: Y.Map<unknown>, field: string, max: number) => void,
): void {
  for (const [name, limits] of Object.entries(fields) as Array<[CollectionName, Record<string, number>]>) {
    collection(doc, name).forEach((rec: unknown) => {
      // Not a Y.Map: nothing to convert; readMap skips and reports it.
      if (!(rec instanceof Y.Map)) return;
      for (const [field, max] of Object.entries(limits)) if (rec.has(field)) fn(rec, field, max);
    });
  }
}
