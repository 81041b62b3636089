import type Database from 'better-sqlite3';
import type { ApiTokenRecord, ApiTokenStore } from './ApiTokenStore';
import { API_TOKEN_SQL } from './apiTokenSchema';

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

type Statements = { [K in keyof typeof API_TOKEN_SQL]: Database.Statement };

/** Metrics API tokens in the same SQLite file as the maps (SqliteStore owns the connection and schema). */
export class SqliteTokenStore implements ApiTokenStore {
  private readonly sql: Statements;

  constructor(db: Database.Database) {
    this.sql = Object.fromEntries(
      Object.entries(API_TOKEN_SQL).map(([name, text]) => [name, db.prepare(text)]),
    ) as Statements;
  }

  createToken(t: ApiTokenRecord): void {
    this.sql.insertToken.run(
      t.id,
      t.mapId,
      t.label,
      t.tokenHash,
      t.createdBy,
      t.createdAt,
      t.lastUsedAt,
      t.revokedAt,
    );
  }

  getToken(id: string): ApiTokenRecord | undefined {
    const row = this.sql.getToken.get(id) as TokenRow | undefined;
    return row && toTokenRecord(row);
  }

  listTokens(mapId: string): ApiTokenRecord[] {
    return (this.sql.listTokens.all(mapId) as TokenRow[]).map(toTokenRecord);
  }

  revokeToken(mapId: string, id: string, at: number): boolean {
    return this.sql.revokeToken.run(at, mapId, id).changes > 0;
  }

  touchToken(id: string, at: number): void {
    this.sql.touchToken.run(at, id);
  }
}

/** Shared with PgStore, whose rows have the same columns. */
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
