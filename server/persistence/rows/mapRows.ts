import type { MapRecord, StoredDoc } from '../MapStore';
import { ownBytes } from './bytes';

/**
 * The `maps` table's columns and what a read of a doc returns, shared by SqliteStore and PgStore:
 * only the SQL that reads them differs between the engines.
 */

export interface MapRow {
  id: string;
  title: string;
  created_at: number;
  updated_at: number;
  owner: string | null;
  deleted_at: number | null;
}

/** What a doc that was never written holds: an empty Yjs update (no structs, no deletions). */
export const EMPTY_UPDATE = new Uint8Array([0, 0]);

export function toMapRecord(row: MapRow): MapRecord {
  return {
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    owner: row.owner,
    deletedAt: row.deleted_at,
  };
}

/** `INSERT INTO maps (id, title, created_at, updated_at, owner)`'s values, in that order. */
export function mapInsertValues(record: MapRecord): unknown[] {
  return [record.id, record.title, record.createdAt, record.updatedAt, record.owner ?? null];
}

/** A doc as read in one transaction: its snapshot (if any) and its logged updates in seq order. */
export function toStoredDoc(
  snapshot: { data: Uint8Array } | undefined,
  updates: ReadonlyArray<{ seq: number; data: Uint8Array }>,
): StoredDoc {
  return {
    snapshot: snapshot ? ownBytes(snapshot.data) : EMPTY_UPDATE,
    updates: updates.map((row) => ownBytes(row.data)),
    lastSeq: updates.at(-1)?.seq ?? 0,
  };
}
