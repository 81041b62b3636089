import type Database from 'better-sqlite3';
import { HISTORY_SQL } from './historySchema';
import type { DocClient, EditRecord, HistoryStore, VersionRecord, VersionStates } from './HistoryStore';
import {
  stateHash,
  toDocClient,
  toEdit,
  toStates,
  toVersion,
  versionInsertValues,
  type DocClientRow,
  type EditRow,
  type StatesRow,
  type VersionRow,
} from './rows/versionRows';
import { prepareAll, type Prepared } from './sqliteStatements';

/** A map's history in the same SQLite file as the maps (SqliteStore owns the connection and schema). */
export class SqliteHistory implements HistoryStore {
  private readonly sql: Prepared<typeof HISTORY_SQL>;
  private readonly insertTx: (version: Omit<VersionRecord, 'stateHash'>, states: VersionStates) => string;
  private readonly deleteTx: (mapId: string, ids: readonly string[]) => number;

  constructor(private readonly db: Database.Database) {
    this.sql = prepareAll(db, HISTORY_SQL);
    this.insertTx = db.transaction((v: Omit<VersionRecord, 'stateHash'>, states: VersionStates) => {
      const hash = stateHash(v.mapId, states);
      this.sql.insertState.run(hash, v.mapId, Buffer.from(states.map), Buffer.from(states.comments));
      this.sql.insertVersion.run(...versionInsertValues(v, hash));
      return hash;
    });
    this.deleteTx = db.transaction((mapId: string, ids: readonly string[]) => {
      let deleted = 0;
      for (const id of ids) deleted += this.sql.deleteVersion.run(mapId, id).changes;
      if (deleted > 0) this.sql.deleteOrphanStates.run(mapId, mapId);
      return deleted;
    });
  }

  insertVersion(version: Omit<VersionRecord, 'stateHash'>, states: VersionStates): VersionRecord {
    return { ...version, stateHash: this.insertTx(version, states) };
  }

  listVersions(mapId: string): VersionRecord[] {
    return (this.sql.listVersions.all(mapId) as VersionRow[]).map(toVersion);
  }

  getVersion(mapId: string, versionId: string): VersionRecord | undefined {
    const row = this.sql.getVersion.get(mapId, versionId) as VersionRow | undefined;
    return row && toVersion(row);
  }

  versionStates(mapId: string, versionId: string): VersionStates | undefined {
    const row = this.sql.getStates.get(mapId, versionId) as StatesRow | undefined;
    return row && toStates(row);
  }

  deleteVersions(mapId: string, versionIds: readonly string[]): number {
    return versionIds.length === 0 ? 0 : this.deleteTx(mapId, versionIds);
  }

  listEdits(mapId: string, afterSeq: number): EditRecord[] {
    return (this.sql.listEdits.all(mapId, afterSeq) as EditRow[]).map(toEdit);
  }

  lastEditSeq(mapId: string): number {
    return (this.sql.lastEditSeq.get(mapId) as { seq: number }).seq;
  }

  recordDocClients(mapId: string, personId: string, clientIds: readonly number[], at: number): void {
    for (const clientId of clientIds) this.sql.claimClient.run(mapId, clientId, personId, at);
  }

  listDocClients(mapId: string): DocClient[] {
    return (this.sql.listClients.all(mapId) as DocClientRow[]).map(toDocClient);
  }

  pruneEdits(mapId: string, before: number): number {
    return this.sql.pruneEdits.run(mapId, before).changes;
  }
}
