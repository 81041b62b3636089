import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { VersionKind, VersionReason } from '../../model/history/historyTypes';
import { HISTORY_SQL } from './historySchema';
import type { DocClient, EditRecord, HistoryStore, VersionRecord, VersionStates } from './HistoryStore';

export interface VersionRow {
  id: string;
  map_id: string;
  kind: VersionKind;
  reason: VersionReason;
  name: string | null;
  taken_at: number;
  taken_by: string | null;
  taken_by_name: string;
  people: string;
  added: number;
  removed: number;
  changed: number;
  restored_from: string | null;
  edit_seq: number;
  state_hash: string;
}

type Statements = { [K in keyof typeof HISTORY_SQL]: Database.Statement };

/** `people` is JSON in its column: read back through a schema, never trusted as is. */
const peopleSchema = z.array(z.object({ id: z.string(), name: z.string() }));

/** A map's history in the same SQLite file as the maps (SqliteStore owns the connection and schema). */
export class SqliteHistory implements HistoryStore {
  private readonly sql: Statements;
  private readonly insertTx: (version: Omit<VersionRecord, 'stateHash'>, states: VersionStates) => string;
  private readonly deleteTx: (mapId: string, ids: readonly string[]) => number;

  constructor(private readonly db: Database.Database) {
    this.sql = Object.fromEntries(
      Object.entries(HISTORY_SQL).map(([name, text]) => [name, db.prepare(text)]),
    ) as Statements;
    this.insertTx = db.transaction((v: Omit<VersionRecord, 'stateHash'>, states: VersionStates) => {
      const hash = stateHash(v.mapId, states);
      this.sql.insertState.run(hash, v.mapId, Buffer.from(states.map), Buffer.from(states.comments));
      this.sql.insertVersion.run(
        v.id,
        v.mapId,
        v.kind,
        v.reason,
        v.name,
        v.takenAt,
        v.takenBy?.id ?? null,
        v.takenBy?.name ?? '',
        JSON.stringify(v.people),
        v.changes.added,
        v.changes.removed,
        v.changes.changed,
        v.restoredFrom,
        v.editSeq,
        hash,
      );
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
    const row = this.sql.getStates.get(mapId, versionId) as
      { map_state: Buffer; comments_state: Buffer } | undefined;
    return row && { map: new Uint8Array(row.map_state), comments: new Uint8Array(row.comments_state) };
  }

  deleteVersions(mapId: string, versionIds: readonly string[]): number {
    return versionIds.length === 0 ? 0 : this.deleteTx(mapId, versionIds);
  }

  listEdits(mapId: string, afterSeq: number): EditRecord[] {
    const rows = this.sql.listEdits.all(mapId, afterSeq) as Array<{
      seq: number;
      person_id: string | null;
      at: number;
      data: Buffer;
    }>;
    return rows.map((r) => ({ seq: r.seq, personId: r.person_id, at: r.at, data: new Uint8Array(r.data) }));
  }

  lastEditSeq(mapId: string): number {
    return (this.sql.lastEditSeq.get(mapId) as { seq: number }).seq;
  }

  recordDocClients(mapId: string, personId: string, clientIds: readonly number[], at: number): void {
    for (const clientId of clientIds) this.sql.claimClient.run(mapId, clientId, personId, at);
  }

  listDocClients(mapId: string): DocClient[] {
    const rows = this.sql.listClients.all(mapId) as Array<{
      client_id: number;
      person_id: string;
      first_at: number;
    }>;
    return rows.map((r) => ({ clientId: r.client_id, personId: r.person_id, firstAt: r.first_at }));
  }

  pruneEdits(mapId: string, before: number): number {
    return this.sql.pruneEdits.run(mapId, before).changes;
  }
}

/** sha256 of the map id and both states (length-prefixed, so no two inputs concatenate alike). */
export function stateHash(mapId: string, states: VersionStates): string {
  const hash = createHash('sha256');
  for (const part of [Buffer.from(mapId), states.map, states.comments]) {
    hash.update(`${part.length}:`);
    hash.update(part);
  }
  return hash.digest('hex');
}

/** Shared with PgStore, whose rows have the same columns. */
export function toVersion(row: VersionRow): VersionRecord {
  const people = peopleSchema.safeParse(JSON.parse(row.people));
  return {
    id: row.id,
    mapId: row.map_id,
    kind: row.kind,
    reason: row.reason,
    name: row.name,
    takenAt: row.taken_at,
    takenBy: row.taken_by === null ? null : { id: row.taken_by, name: row.taken_by_name },
    people: people.success ? people.data : [],
    changes: { added: row.added, removed: row.removed, changed: row.changed },
    restoredFrom: row.restored_from,
    editSeq: row.edit_seq,
    stateHash: row.state_hash,
  };
}
