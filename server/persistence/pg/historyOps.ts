import type { DocClient, EditRecord, VersionRecord, VersionStates } from '../HistoryStore';
import { asBuffer } from '../rows/bytes';
import { VERSION_COLUMNS } from '../rows/columns';
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
} from '../rows/versionRows';
import { inTransaction, type Db } from './pgTx';

/** A map's history in PostgreSQL: SqliteHistory's statements, in the same order and transactions. */

export const HISTORY_OPS = {
  async insertVersion(
    db: Db,
    v: Omit<VersionRecord, 'stateHash'>,
    states: VersionStates,
  ): Promise<VersionRecord> {
    const hash = stateHash(v.mapId, states);
    await inTransaction(db, async () => {
      await db.query(
        `INSERT INTO version_states (hash, map_id, map_state, comments_state) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [hash, v.mapId, asBuffer(states.map), asBuffer(states.comments)],
      );
      await db.query(
        `INSERT INTO versions (${VERSION_COLUMNS})
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        versionInsertValues(v, hash),
      );
    });
    return { ...v, stateHash: hash };
  },

  async listVersions(db: Db, mapId: string): Promise<VersionRecord[]> {
    const sql = `SELECT ${VERSION_COLUMNS} FROM versions WHERE map_id = $1 ORDER BY taken_at DESC, ord DESC`;
    return (await db.query<VersionRow>(sql, [mapId])).rows.map(toVersion);
  },

  async getVersion(db: Db, mapId: string, versionId: string): Promise<VersionRecord | undefined> {
    const sql = `SELECT ${VERSION_COLUMNS} FROM versions WHERE map_id = $1 AND id = $2`;
    const row = (await db.query<VersionRow>(sql, [mapId, versionId])).rows[0];
    return row && toVersion(row);
  },

  async versionStates(db: Db, mapId: string, versionId: string): Promise<VersionStates | undefined> {
    const row = (
      await db.query<StatesRow>(
        `SELECT s.map_state, s.comments_state FROM versions v
         JOIN version_states s ON s.hash = v.state_hash WHERE v.map_id = $1 AND v.id = $2`,
        [mapId, versionId],
      )
    ).rows[0];
    return row && toStates(row);
  },

  async deleteVersions(db: Db, mapId: string, versionIds: readonly string[]): Promise<number> {
    if (versionIds.length === 0) return 0;
    return inTransaction(db, async () => {
      const deleted =
        (
          await db.query('DELETE FROM versions WHERE map_id = $1 AND id = ANY($2::text[])', [
            mapId,
            versionIds,
          ])
        ).rowCount ?? 0;
      if (deleted > 0) {
        await db.query(
          `DELETE FROM version_states WHERE map_id = $1
           AND hash NOT IN (SELECT state_hash FROM versions WHERE map_id = $1)`,
          [mapId],
        );
      }
      return deleted;
    });
  },

  async listEdits(db: Db, mapId: string, afterSeq: number): Promise<EditRecord[]> {
    const rows = await db.query<EditRow>(
      'SELECT seq, person_id, at, data FROM edits WHERE map_id = $1 AND seq > $2 ORDER BY seq',
      [mapId, afterSeq],
    );
    return rows.rows.map(toEdit);
  },

  async lastEditSeq(db: Db, mapId: string): Promise<number> {
    const sql = 'SELECT COALESCE(MAX(seq), 0) AS seq FROM edits WHERE map_id = $1';
    return (await db.query<{ seq: number }>(sql, [mapId])).rows[0]!.seq;
  },

  /** One statement; ids already claimed (by anyone, in any process) keep their first person. */
  async recordDocClients(
    db: Db,
    mapId: string,
    personId: string,
    clientIds: readonly number[],
    at: number,
  ): Promise<void> {
    if (clientIds.length === 0) return;
    await db.query(
      `INSERT INTO doc_clients (map_id, client_id, person_id, first_at)
       SELECT $1, c, $3, $4 FROM unnest($2::bigint[]) WITH ORDINALITY AS t(c, n) ORDER BY n
       ON CONFLICT DO NOTHING`,
      [mapId, clientIds, personId, at],
    );
  },

  async listDocClients(db: Db, mapId: string): Promise<DocClient[]> {
    const rows = await db.query<DocClientRow>(
      'SELECT client_id, person_id, first_at FROM doc_clients WHERE map_id = $1 ORDER BY first_at, client_id',
      [mapId],
    );
    return rows.rows.map(toDocClient);
  },

  async pruneEdits(db: Db, mapId: string, before: number): Promise<number> {
    return (await db.query('DELETE FROM edits WHERE map_id = $1 AND at < $2', [mapId, before])).rowCount ?? 0;
  },
};
