import type { ApiTokenRecord } from '../ApiTokenStore';

/** The `api_tokens` table's columns and records, shared by SqliteTokenStore and PgStore's accessOps. */

export interface TokenRow {
  id: string;
  map_id: string;
  label: string;
  token_hash: string;
  created_by: string | null;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

/** The values of TOKEN_COLUMNS, in that order. */
export function tokenInsertValues(t: ApiTokenRecord): unknown[] {
  return [t.id, t.mapId, t.label, t.tokenHash, t.createdBy, t.createdAt, t.lastUsedAt, t.revokedAt];
}

export function toTokenRecord(row: TokenRow): ApiTokenRecord {
  return {
    id: row.id,
    mapId: row.map_id,
    label: row.label,
    tokenHash: row.token_hash,
    createdBy: row.created_by,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
