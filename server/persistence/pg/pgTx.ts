import type pg from 'pg';

/** A connection PgStore's operations run on: the worker's client or a client of the journal's pool. */
export type Db = pg.ClientBase;

/**
 * Runs `fn` as one transaction. `mode` is what follows BEGIN (`ISOLATION LEVEL REPEATABLE READ`…).
 * A failed ROLLBACK (the connection is gone) is ignored: the server rolls back a dead session itself.
 */
export async function inTransaction<T>(db: Db, fn: () => Promise<T>, mode = ''): Promise<T> {
  await db.query(mode ? `BEGIN ${mode}` : 'BEGIN');
  try {
    const result = await fn();
    await db.query('COMMIT');
    return result;
  } catch (err) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** A copy with exactly its own bytes: pg's Buffers may be views of a larger pool, cloned whole. */
export function ownBytes(buffer: Uint8Array): Uint8Array {
  return new Uint8Array(buffer);
}

/** A Buffer over the same bytes (no copy), which pg sends as a binary parameter. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** `($1, $2), ($3, $4)…` for `rows` rows of `width` parameters: a multi-row VALUES list. */
export function valuesList(rows: number, width: number): string {
  return Array.from(
    { length: rows },
    (_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`,
  ).join(', ');
}
