import type * as Y from 'yjs';
import type { z } from 'zod';
import { getRecord, rawRecords, type CollectionName, type RecordMap } from '../docLayout';
import type { Ordered } from '../order';

/** A command refused because its input makes no sense (unknown id, invalid value). Nothing was written. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
}

export function requireRecord(doc: Y.Doc, name: CollectionName, id: string): RecordMap {
  const rec = getRecord(doc, name, id);
  if (!rec) throw new CommandError(`${name.slice(0, -1)} ${id} does not exist`);
  return rec;
}

/** Lightweight view of records for ordering: id, order and a few placement fields, unvalidated. */
export interface PlacedRecord extends Ordered {
  readonly stageId?: string;
  readonly laneId?: string;
  readonly kind?: string;
  readonly deleted?: boolean;
}

export function placedRecords(doc: Y.Doc, name: CollectionName): PlacedRecord[] {
  const out: PlacedRecord[] = [];
  for (const [id, raw] of rawRecords(doc, name)) {
    if (typeof raw !== 'object' || raw === null) continue;
    const r = raw as Record<string, unknown>;
    out.push({
      id,
      order: typeof r.order === 'string' ? r.order : 'a0',
      stageId: typeof r.stageId === 'string' ? r.stageId : undefined,
      laneId: typeof r.laneId === 'string' ? r.laneId : undefined,
      kind: typeof r.kind === 'string' ? r.kind : undefined,
      deleted: r.deleted === true,
    });
  }
  return out;
}

/** Parses with a zod schema and turns a failure into a CommandError with the first issue. */
export function parseInput<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
  value: unknown,
): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new CommandError(
    issue ? `${issue.path.map(String).join('.') || 'value'}: ${issue.message}` : 'invalid input',
  );
}

/**
 * Validates an edit and returns the fields to write: only the schema's (editable) fields, and
 * `undefined` only for an optional one, where it means "clear it". Otherwise a caller passing a
 * whole record as the patch would delete its stageId/laneId/order, and `{ title: undefined }` its
 * title, leaving a record readMap has to skip.
 */
export function editPatch<S extends z.ZodObject>(schema: S, patch: object): Record<string, unknown> {
  const valid = parseInput(schema.partial(), patch) as Record<string, unknown>;
  const write: Record<string, unknown> = {};
  for (const [key, field] of Object.entries<z.ZodType>(schema.shape)) {
    if (!(key in patch)) continue;
    if (valid[key] !== undefined || field.safeParse(undefined).success) write[key] = valid[key];
  }
  return write;
}
