import * as Y from 'yjs';
import type { MapRecord, MapTouch, StoredDoc, StoreUsage } from '../MapStore';
import { mergeTouch } from '../mergeTouch';
import { asBuffer } from '../rows/bytes';
import { MAP_COLUMNS } from '../rows/columns';
import { LIBRARY_MAP_ID } from '../docKeys';
import { mapInsertValues, toMapRecord, toStoredDoc, type MapRow } from '../rows/mapRows';
import { inTransaction, valuesList, type Db } from './pgTx';

/**
 * The maps and their docs in PostgreSQL: what SqliteStore does, as async functions over one
 * connection. They run in the store's worker (PgStore's synchronous calls) and, for `appendRows`,
 * on the journal's pool (the hot path).
 */

/** One update to store, already resolved to its map (PgStore parses doc ids before they get here). */
export interface AppendRow {
  docId: string;
  mapId: string;
  /** Map docs only: logged as an edit by `author` too. */
  isMap: boolean;
  data: Uint8Array;
  touch?: MapTouch;
  author?: string | null;
  /** Map docs: Yjs client ids first seen writing for `author` (doc_clients). */
  claims?: readonly number[];
}

/** Rows per INSERT: 5 parameters each stays far below PostgreSQL's 65,535 per statement. */
const ROWS_PER_INSERT = 1000;
/** First key of the two-key advisory locks that say "this doc is being compacted". */
export const COMPACT_LOCK_SPACE = 0x636d7074; // "cmpt"

/** The persona library's reserved row (docKeys.ts) is no map: lists and counts leave it out. */
const NOT_LIBRARY = `id <> '${LIBRARY_MAP_ID}'`;

export const MAP_OPS = {
  async listMaps(db: Db): Promise<MapRecord[]> {
    const sql = `SELECT ${MAP_COLUMNS} FROM maps WHERE deleted_at IS NULL AND ${NOT_LIBRARY} ORDER BY updated_at DESC, id`;
    return (await db.query<MapRow>(sql)).rows.map(toMapRecord);
  },

  async listTrash(db: Db): Promise<MapRecord[]> {
    const sql = `SELECT ${MAP_COLUMNS} FROM maps WHERE deleted_at IS NOT NULL AND ${NOT_LIBRARY} ORDER BY deleted_at DESC, id`;
    return (await db.query<MapRow>(sql)).rows.map(toMapRecord);
  },

  async getMap(db: Db, id: string): Promise<MapRecord | undefined> {
    const row = (await db.query<MapRow>(`SELECT ${MAP_COLUMNS} FROM maps WHERE id = $1`, [id])).rows[0];
    return row && toMapRecord(row);
  },

  async createMap(db: Db, record: MapRecord, snapshot: Uint8Array): Promise<void> {
    await inTransaction(db, async () => {
      await db.query(
        'INSERT INTO maps (id, title, created_at, updated_at, owner) VALUES ($1, $2, $3, $4, $5)',
        mapInsertValues(record),
      );
      await upsertSnapshot(db, record.id, record.id, snapshot);
    });
  },

  /** One REPEATABLE READ transaction: a compaction committing between the reads cannot drop updates. */
  async loadDoc(db: Db, docId: string, mapId: string): Promise<StoredDoc | undefined> {
    return inTransaction(
      db,
      async (): Promise<StoredDoc | undefined> => {
        const map = await db.query<{ deleted_at: number | null }>(
          'SELECT deleted_at FROM maps WHERE id = $1',
          [mapId],
        );
        // A map in the trash is not loaded: nobody may open it until it is restored.
        if (map.rows.length === 0 || map.rows[0]!.deleted_at !== null) return undefined;
        const snap = await db.query<{ data: Buffer }>('SELECT data FROM snapshots WHERE doc_id = $1', [
          docId,
        ]);
        const rows = await db.query<{ seq: number; data: Buffer }>(
          'SELECT seq, data FROM updates WHERE doc_id = $1 ORDER BY seq',
          [docId],
        );
        return toStoredDoc(snap.rows[0], rows.rows);
      },
      'ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
  },

  /** One update (PgStore.appendUpdate): the journal's batch of one. */
  async appendUpdate(db: Db, row: AppendRow): Promise<number> {
    return (await inTransaction(db, () => appendRows(db, [row])))[0]!;
  },

  /**
   * Folds the doc's stored log through `throughSeq` into its snapshot, if no other process is doing
   * it for this doc right now (`pg_try_advisory_xact_lock`; false: skipped). The new snapshot is
   * computed from the database (stored snapshot + the stored updates it folds) plus the caller's
   * state (which carries what a load-time migration wrote): another process may have stored updates
   * with a lower seq that the caller has not applied yet, and they must not be dropped. Exactly the
   * rows read are deleted: rows committed meanwhile (even with a lower seq) stay in the log.
   */
  async compact(
    db: Db,
    docId: string,
    mapId: string,
    snapshot: Uint8Array,
    throughSeq: number,
    touch?: MapTouch,
  ): Promise<boolean> {
    return inTransaction(db, async () => {
      const lock = await db.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked',
        [COMPACT_LOCK_SPACE, docId],
      );
      if (!lock.rows[0]!.locked) return false;
      const snap = await db.query<{ data: Buffer }>('SELECT data FROM snapshots WHERE doc_id = $1', [docId]);
      const rows = await db.query<{ seq: number; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE doc_id = $1 AND seq <= $2 ORDER BY seq',
        [docId, throughSeq],
      );
      const doc = new Y.Doc();
      try {
        doc.transact(() => {
          if (snap.rows[0]) Y.applyUpdate(doc, snap.rows[0].data);
          for (const row of rows.rows) Y.applyUpdate(doc, row.data);
          Y.applyUpdate(doc, snapshot);
        });
        await upsertSnapshot(db, docId, mapId, Y.encodeStateAsUpdate(doc));
      } finally {
        doc.destroy();
      }
      if (rows.rows.length > 0) {
        await db.query('DELETE FROM updates WHERE seq = ANY($1::bigint[])', [rows.rows.map((r) => r.seq)]);
      }
      if (touch) await touchMap(db, mapId, touch);
      return true;
    });
  },

  async deleteMap(db: Db, id: string): Promise<boolean> {
    // Both docs, links, tokens, notifications and history go with it (ON DELETE CASCADE).
    return ((await db.query('DELETE FROM maps WHERE id = $1', [id])).rowCount ?? 0) > 0;
  },

  /** The map count and the database's size on disk (PgStore caches it for a few seconds). */
  async usage(db: Db): Promise<StoreUsage> {
    const row = await db.query<{ maps: number; bytes: number }>(
      `SELECT (SELECT COUNT(*) FROM maps WHERE ${NOT_LIBRARY}) AS maps, pg_database_size(current_database()) AS bytes`,
    );
    return row.rows[0]!;
  },

  async trashMap(db: Db, id: string, at: number): Promise<boolean> {
    const sql = 'UPDATE maps SET deleted_at = $1 WHERE id = $2 AND deleted_at IS NULL';
    return ((await db.query(sql, [at, id])).rowCount ?? 0) > 0;
  },

  async restoreMap(db: Db, id: string): Promise<boolean> {
    const sql = 'UPDATE maps SET deleted_at = NULL WHERE id = $1 AND deleted_at IS NOT NULL';
    return ((await db.query(sql, [id])).rowCount ?? 0) > 0;
  },

  async purgeTrash(db: Db, before: number): Promise<string[]> {
    const rows = await db.query<{ id: string }>(
      `WITH gone AS (DELETE FROM maps WHERE deleted_at IS NOT NULL AND deleted_at <= $1 RETURNING id, deleted_at)
       SELECT id FROM gone ORDER BY deleted_at, id`,
      [before],
    );
    return rows.rows.map((row) => row.id);
  },

  /** The first process's candidate wins; every process reads the same one back. */
  async sharedSecret(db: Db, candidate: string): Promise<string> {
    await db.query(
      "INSERT INTO server_settings (key, value) VALUES ('link_secret', $1) ON CONFLICT DO NOTHING",
      [candidate],
    );
    const row = await db.query<{ value: string }>(
      "SELECT value FROM server_settings WHERE key = 'link_secret'",
    );
    return row.rows[0]!.value;
  },
};

/**
 * Stores updates in the order given, inside the caller's transaction: sequence numbers are drawn
 * first (ascending, so a doc's order is kept), then the rows go in as multi-row INSERTs with their
 * edits, then each map's row is touched once (its last touch; its last new title). Returns the seqs.
 */
export async function appendRows(db: Db, rows: readonly AppendRow[]): Promise<number[]> {
  const drawn = await db.query<{ seq: number }>(
    "SELECT nextval('updates_seq_seq') AS seq FROM generate_series(1, $1)",
    [rows.length],
  );
  const seqs = drawn.rows.map((r) => r.seq).sort((a, b) => a - b);
  const now = Date.now();
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    await db.query(
      `INSERT INTO updates (seq, doc_id, map_id, data, created_at) VALUES ${valuesList(chunk.length, 5)}`,
      chunk.flatMap((row, i) => [
        seqs[start + i],
        row.docId,
        row.mapId,
        asBuffer(row.data),
        row.touch?.updatedAt ?? now,
      ]),
    );
    // Map edits only: the comments doc carries its own authorship (comment records).
    const edits = chunk.filter((row) => row.isMap);
    if (edits.length > 0) {
      await db.query(
        `INSERT INTO edits (map_id, person_id, at, data) VALUES ${valuesList(edits.length, 4)}`,
        edits.flatMap((row) => [
          row.mapId,
          row.author ?? null,
          row.touch?.updatedAt ?? now,
          asBuffer(row.data),
        ]),
      );
    }
  }
  await claimClients(db, rows, now);
  const touches = new Map<string, MapTouch>();
  for (const row of rows) if (row.touch) mergeTouch(touches, row.mapId, row.touch);
  for (const [mapId, touch] of touches) await touchMap(db, mapId, touch);
  return seqs;
}

/** The batch's client claims, one statement (an id already claimed keeps its first person). */
async function claimClients(db: Db, rows: readonly AppendRow[], now: number): Promise<void> {
  const claims = rows.flatMap((row) =>
    row.isMap && row.author ? (row.claims ?? []).map((id) => ({ row, id })) : [],
  );
  if (claims.length === 0) return;
  await db.query(
    `INSERT INTO doc_clients (map_id, client_id, person_id, first_at)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::bigint[])
     ON CONFLICT DO NOTHING`,
    [
      claims.map((c) => c.row.mapId),
      claims.map((c) => c.id),
      claims.map((c) => c.row.author),
      claims.map((c) => c.row.touch?.updatedAt ?? now),
    ],
  );
}

async function touchMap(db: Db, mapId: string, touch: MapTouch): Promise<void> {
  if (touch.title === undefined) {
    await db.query('UPDATE maps SET updated_at = $1 WHERE id = $2', [touch.updatedAt, mapId]);
  } else {
    await db.query('UPDATE maps SET updated_at = $1, title = $2 WHERE id = $3', [
      touch.updatedAt,
      touch.title,
      mapId,
    ]);
  }
}

async function upsertSnapshot(db: Db, docId: string, mapId: string, data: Uint8Array): Promise<void> {
  await db.query(
    `INSERT INTO snapshots (doc_id, map_id, data) VALUES ($1, $2, $3)
     ON CONFLICT (doc_id) DO UPDATE SET data = excluded.data`,
    [docId, mapId, asBuffer(data)],
  );
}
