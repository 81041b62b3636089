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

/** `($1, $2), ($3, $4)…` for `rows` rows of `width` parameters: a multi-row VALUES list. */
export function valuesList(rows: number, width: number): string {
  return Array.from(
    { length: rows },
    (_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`,
  ).join(', ');
}
