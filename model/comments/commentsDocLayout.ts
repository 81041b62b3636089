import * as Y from 'yjs';
import { COMMENT_ORIGIN, type Origin } from '../origins';
import { plainRecord } from '../plainRecord';

/**
 * The one module that knows how comments live in their Y.Doc. Comments have a doc of their own (the
 * room `<mapId>/comments`), so a commenter can write them while the map doc stays read-only for them,
 * and the map's undo, export and size never see them.
 *
 * Layout: three Y.Maps keyed by record id, each value a Y.Map of the record's fields:
 * - `threads`: one per conversation, anchored to a touchpoint, stage, note or the map.
 * - `comments`: one per message, pointing at its thread by `threadId`. A reply is a new record, never
 *   an edit of the thread or of an array, so two people replying at once both keep their reply.
 * - `people`: one per person who has opened the map (keyed by user id, written only by that person),
 *   the candidates for @mentions.
 * One Y.Map per record means an edit of a comment's text and a concurrent resolve of its thread touch
 * different records, and an edit and a delete of one comment touch different fields.
 */
export const COMMENT_COLLECTIONS = ['threads', 'comments', 'people'] as const;
export type CommentCollection = (typeof COMMENT_COLLECTIONS)[number];

export function commentCollection(doc: Y.Doc, name: CommentCollection): Y.Map<Y.Map<unknown>> {
  return doc.getMap(name);
}

export function getCommentRecord(
  doc: Y.Doc,
  name: CommentCollection,
  id: string,
): Y.Map<unknown> | undefined {
  const rec = commentCollection(doc, name).get(id);
  return rec instanceof Y.Map ? rec : undefined;
}

/** Inserts a record as a Y.Map of its fields; `undefined` fields are left out. */
export function putCommentRecord<T extends { readonly id: string }>(
  doc: Y.Doc,
  name: CommentCollection,
  record: T,
): void {
  const ymap = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(record)) if (v !== undefined) ymap.set(k, v);
  commentCollection(doc, name).set(record.id, ymap);
}

/** Writes only the given fields (`undefined` deletes one), so a concurrent edit of another field survives. */
export function patchCommentRecord(
  doc: Y.Doc,
  name: CommentCollection,
  id: string,
  patch: Record<string, unknown>,
): boolean {
  const rec = getCommentRecord(doc, name, id);
  if (!rec) return false;
  for (const [k, v] of Object.entries(patch)) {
    if (k === 'id') continue;
    if (v === undefined) rec.delete(k);
    else if (JSON.stringify(rec.get(k)) !== JSON.stringify(v)) rec.set(k, v);
  }
  return true;
}

/**
 * All records of a collection as plain objects (unvalidated, null-prototype, bounded: see
 * plainRecord.ts), only `fields` when given, sorted by key so reads are deterministic.
 */
export function rawCommentRecords(
  doc: Y.Doc,
  name: CommentCollection,
  fields?: readonly string[],
): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  commentCollection(doc, name).forEach((value, key) => {
    out.push([key, plainRecord(value, fields)]);
  });
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One transaction per comment command, with COMMENT_ORIGIN (never undone). */
export function transactComment<T>(doc: Y.Doc, fn: () => T, origin: Origin = COMMENT_ORIGIN): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
  }, origin);
  return result;
}
