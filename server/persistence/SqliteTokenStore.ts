import type Database from 'better-sqlite3';
import type { ApiTokenRecord, ApiTokenStore } from './ApiTokenStore';
import { API_TOKEN_SQL } from './apiTokenSchema';
import { tokenInsertValues, toTokenRecord, type TokenRow } from './rows/tokenRows';
import { prepareAll, type Prepared } from './sqliteStatements';

/** Metrics API tokens in the same SQLite file as the maps (SqliteStore owns the connection and schema). */
export class SqliteTokenStore implements ApiTokenStore {
  private readonly sql: Prepared<typeof API_TOKEN_SQL>;

  constructor(db: Database.Database) {
    this.sql = prepareAll(db, API_TOKEN_SQL);
  }

  createToken(t: ApiTokenRecord): void {
    this.sql.insertToken.run(...tokenInsertValues(t));
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
