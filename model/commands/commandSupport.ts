import type * as Y from 'yjs';
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
export function parseInput<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new CommandError(issue ? `${issue.path.map(String).join('.') || 'value'}: ${issue.message}` : 'invalid input');
}
