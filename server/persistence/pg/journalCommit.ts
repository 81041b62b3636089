import type { AppendRow } from './mapOps';
import type { Db } from './pgTx';

/**
 * The journal's whole group commit as ONE statement (issue 20, T10): before, a commit was BEGIN,
 * a nextval draw, an INSERT of updates, an INSERT of edits, one UPDATE per touched map and COMMIT,
 * each a round trip on the single journal connection, so a batch spread over 100 maps cost ~100
 * round trips while later appends waited. Now the rows travel as arrays (`unnest`) into
 * data-modifying CTEs: one round trip, one implicit transaction (atomic, durable when it returns
 * with `synchronous_commit` on), and fixed SQL text, so it is a named statement parsed and planned
 * once per connection. Same rows as `appendRows` (the store's single-append path): seqs drawn from
 * the global bigserial and paired with the appends in order, an edit per map update (its own seq
 * drawn the same way, so edits keep append order), and one touch per map (the last `updatedAt`,
 * the last title given), and the Yjs client ids the appends claim for their authors (`doc_clients`,
 * an id already claimed keeps its first person).
 */
const APPEND_BATCH_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[], $4::int8[], $5::bool[], $6::text[],
                       $7::int8[], $8::text[])
    WITH ORDINALITY AS t(doc_id, map_id, data, at, is_map, author, touch_at, title, ord)
), drawn AS (
  SELECT seq, row_number() OVER (ORDER BY seq) AS ord
  FROM (SELECT nextval('updates_seq_seq') AS seq FROM generate_series(1, (SELECT count(*) FROM input))) s
), edit_drawn AS (
  SELECT seq, row_number() OVER (ORDER BY seq) AS n
  FROM (SELECT nextval('edits_seq_seq') AS seq
        FROM generate_series(1, (SELECT count(*) FROM input WHERE is_map))) s
), rows AS (
  SELECT d.seq, i.* FROM input i JOIN drawn d USING (ord)
), edit_rows AS (
  SELECT e.seq, r.map_id, r.author, r.at, r.data
  FROM (SELECT *, row_number() OVER (ORDER BY ord) AS n FROM rows WHERE is_map) r
  JOIN edit_drawn e USING (n)
), touched AS (
  SELECT DISTINCT ON (map_id) map_id, touch_at,
    (SELECT t.title FROM rows t WHERE t.map_id = r.map_id AND t.title IS NOT NULL
     ORDER BY t.ord DESC LIMIT 1) AS title
  FROM rows r WHERE touch_at IS NOT NULL ORDER BY map_id, ord DESC
), stored AS (
  INSERT INTO updates (seq, doc_id, map_id, data, created_at)
  SELECT seq, doc_id, map_id, data, at FROM rows RETURNING seq
), logged AS (
  INSERT INTO edits (seq, map_id, person_id, at, data) SELECT * FROM edit_rows
), touches AS (
  UPDATE maps m SET updated_at = t.touch_at, title = COALESCE(t.title, m.title)
  FROM touched t WHERE m.id = t.map_id
), claimed AS (
  INSERT INTO doc_clients (map_id, client_id, person_id, first_at)
  SELECT m, id, p, at FROM unnest($9::text[], $10::int8[], $11::text[], $12::int8[])
    WITH ORDINALITY AS c(m, id, p, at, n)
  ORDER BY n
  ON CONFLICT DO NOTHING
)
SELECT seq FROM stored ORDER BY seq`;

/** Stores `rows` in one statement; resolves to their seqs, in the order of `rows`. */
export async function appendBatch(db: Db, rows: readonly AppendRow[]): Promise<number[]> {
  const now = Date.now();
  const column = <T>(pick: (row: AppendRow) => T): T[] => rows.map(pick);
  const claims = rows.flatMap((row) =>
    row.isMap && row.author ? (row.claims ?? []).map((id) => ({ row, id, author: row.author! })) : [],
  );
  const result = await db.query<{ seq: string }>({
    name: 'journey-append-batch',
    text: APPEND_BATCH_SQL,
    values: [
      column((r) => r.docId),
      column((r) => r.mapId),
      column((r) => Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength)),
      column((r) => r.touch?.updatedAt ?? now),
      column((r) => r.isMap),
      column((r) => r.author ?? null),
      column((r) => r.touch?.updatedAt ?? null),
      column((r) => r.touch?.title ?? null),
      claims.map((c) => c.row.mapId),
      claims.map((c) => c.id),
      claims.map((c) => c.author),
      claims.map((c) => c.row.touch?.updatedAt ?? now),
    ],
  });
  return result.rows.map((row) => Number(row.seq));
}
