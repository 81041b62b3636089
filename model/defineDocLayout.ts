import * as Y from 'yjs';
import type { Origin } from './origins';
import { plainRecord } from './plainRecord';

/**
 * How a kind of Y.Doc is laid out, as data: its optional `meta` map and its record collections. Each
 * doc's layout module (`docLayout.ts`, `comments/commentsDocLayout.ts`) is one call of
 * `defineDocLayout`; this is the only module that calls `doc.getMap(...)` (ESLint enforces it).
 *
 * A collection is a Y.Map keyed by record id whose values are Y.Maps of the record's fields: two
 * people editing different fields of one record both keep their change; the same field is
 * last-writer-wins.
 */
export type RecordMap = Y.Map<unknown>;

/** How a doc stores some fields other than as plain values (the map doc: text people type as Y.Text). */
export interface FieldCodec<C extends string> {
  /** The value a new record's field holds in the doc. */
  stored(name: C, key: string, value: unknown): unknown;
  /** Writes a patched field in place (e.g. the smallest edit of its Y.Text); false for a plain field. */
  edit(rec: RecordMap, name: C, key: string, value: unknown): boolean;
}

export interface DocLayoutSpec<C extends string, M extends string | undefined> {
  /** The Y.Map of the doc's own fields (title, schemaVersion…), if the doc has one. */
  readonly meta?: M;
  readonly collections: readonly C[];
  /** The origin of a command's transaction when the caller names none. */
  readonly origin: Origin;
  /** Fields stored other than as plain values; all plain when absent. */
  readonly fields?: FieldCodec<C>;
  /** Reads come back sorted by record id (deterministic) instead of in the doc's order. */
  readonly sortedReads?: boolean;
}

/** A layout's accessors: plain functions (no `this`), so modules can re-export them by name. */
export interface DocLayout<C extends string> {
  readonly collections: readonly C[];
  readonly collection: (doc: Y.Doc, name: C) => Y.Map<RecordMap>;
  /** The record's Y.Map; undefined when absent or not a Y.Map (a hostile value). */
  readonly getRecord: (doc: Y.Doc, name: C, id: string) => RecordMap | undefined;
  /** Inserts a record as a Y.Map of its fields (stored through the codec); `undefined` fields are left out. */
  readonly putRecord: <T extends { readonly id: string }>(doc: Y.Doc, name: C, record: T) => void;
  /**
   * Writes only the fields that differ, so an edit of one field never overwrites a concurrent edit
   * of another; `undefined` deletes a field; a codec field is edited in place. False when the record
   * does not exist.
   */
  readonly patchRecord: (doc: Y.Doc, name: C, id: string, patch: Record<string, unknown>) => boolean;
  /** False when the record does not exist. */
  readonly removeRecord: (doc: Y.Doc, name: C, id: string) => boolean;
  /**
   * All records of a collection as plain objects (unvalidated, null-prototype, bounded: see
   * plainRecord.ts), only `fields` when given; a value that is not a readable record comes back as
   * an `UnreadableRecord`.
   */
  readonly rawRecords: (doc: Y.Doc, name: C, fields?: readonly string[]) => Array<[string, unknown]>;
  /** One transaction per command, with the layout's origin unless told, so undo and sync see one step. */
  readonly transact: <T>(doc: Y.Doc, fn: () => T, origin?: Origin) => T;
  /** The meta map (if any) and every collection: everything a user's undo may revert. */
  readonly roots: (doc: Y.Doc) => Array<Y.Map<unknown>>;
}

/** A layout with a `meta` map also has its accessor. */
export type DocLayoutOf<C extends string, M extends string | undefined> = DocLayout<C> &
  (M extends string ? { readonly metaMap: (doc: Y.Doc) => Y.Map<unknown> } : unknown);

export function defineDocLayout<const C extends string, const M extends string | undefined = undefined>(
  spec: DocLayoutSpec<C, M>,
): DocLayoutOf<C, M> {
  const { meta, collections, origin: defaultOrigin, fields, sortedReads = false } = spec;
  const collection = (doc: Y.Doc, name: C): Y.Map<RecordMap> => doc.getMap(name);
  const getRecord = (doc: Y.Doc, name: C, id: string): RecordMap | undefined => {
    const rec = collection(doc, name).get(id);
    return rec instanceof Y.Map ? rec : undefined;
  };
  const layout: DocLayout<C> = {
    collections,
    collection,
    getRecord,
    putRecord(doc, name, record) {
      const ymap = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(record))
        if (v !== undefined) ymap.set(k, fields ? fields.stored(name, k, v) : v);
      collection(doc, name).set(record.id, ymap);
    },
    patchRecord(doc, name, id, patch) {
      const rec = getRecord(doc, name, id);
      if (!rec) return false;
      for (const [k, v] of Object.entries(patch)) {
        if (k === 'id') continue;
        if (v === undefined) {
          if (rec.has(k)) rec.delete(k);
        } else if (!fields?.edit(rec, name, k, v) && !sameValue(rec.get(k), v)) {
          rec.set(k, v);
        }
      }
      return true;
    },
    removeRecord(doc, name, id) {
      const col = collection(doc, name);
      if (!col.has(id)) return false;
      col.delete(id);
      return true;
    },
    rawRecords(doc, name, only) {
      const out: Array<[string, unknown]> = [];
      collection(doc, name).forEach((value, key) => {
        out.push([key, plainRecord(value, only)]);
      });
      return sortedReads ? out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : out;
    },
    transact<T>(doc: Y.Doc, fn: () => T, origin: Origin = defaultOrigin): T {
      let result!: T;
      doc.transact(() => {
        result = fn();
      }, origin);
      return result;
    },
    roots(doc) {
      const cols = collections.map((name) => collection(doc, name) as Y.Map<unknown>);
      return meta === undefined ? cols : [doc.getMap(meta), ...cols];
    },
  };
  if (meta === undefined) return layout as DocLayoutOf<C, M>;
  return { ...layout, metaMap: (doc: Y.Doc) => doc.getMap(meta) };
}

/** Equal plain values, or objects with the same JSON (a hostile value too deep to stringify is not). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    // A hostile value too deep to stringify: it is not what the command writes, so overwrite it.
    return false;
  }
}
