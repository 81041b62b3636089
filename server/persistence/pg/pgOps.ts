import { ACCESS_OPS } from './accessOps';
import { HISTORY_OPS } from './historyOps';
import { MAP_OPS } from './mapOps';
import { NOTIFICATION_OPS } from './notificationOps';
import { TEMPLATE_OPS } from './templateOps';
import { PG_CREATE_SCHEMA, PG_MIGRATIONS, PG_SCHEMA_VERSION, SCHEMA_LOCK_KEY } from './pgSchema';
import { inTransaction, type Db } from './pgTx';

/**
 * Creates the schema in an empty database or upgrades an older one, in one transaction under an
 * advisory lock: when several processes start at once, the first creates it and the others wait,
 * then find it done.
 */
async function upgradeSchema(db: Db): Promise<number> {
  return inTransaction(db, async () => {
    await db.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
    await db.query('CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)');
    const row = (await db.query<{ version: number }>('SELECT version FROM schema_version')).rows[0];
    const version = row?.version ?? 0;
    if (version > PG_SCHEMA_VERSION) {
      throw new Error(`database schema ${version} is newer than this server (${PG_SCHEMA_VERSION})`);
    }
    if (version === PG_SCHEMA_VERSION) return version;
    if (version === 0) await db.query(PG_CREATE_SCHEMA);
    else for (let v = version + 1; v <= PG_SCHEMA_VERSION; v++) await db.query(PG_MIGRATIONS[v]!);
    await db.query('DELETE FROM schema_version');
    await db.query('INSERT INTO schema_version (version) VALUES ($1)', [PG_SCHEMA_VERSION]);
    return PG_SCHEMA_VERSION;
  });
}

/** Every operation PgStore runs in its worker, by name: the worker's dispatch table. */
export const PG_OPS = {
  ...MAP_OPS,
  ...HISTORY_OPS,
  ...ACCESS_OPS,
  ...NOTIFICATION_OPS,
  ...TEMPLATE_OPS,
  upgradeSchema,
};

type Ops = typeof PG_OPS;
export type OpName = keyof Ops;
export type OpArgs<K extends OpName> = Ops[K] extends (db: Db, ...args: infer A) => unknown ? A : never;
export type OpResult<K extends OpName> = Awaited<ReturnType<Ops[K]>>;

/** A request to the worker. `sync`: the main thread is blocked on the answer (see PgBridge). */
export interface OpRequest {
  id: number;
  op: OpName | 'close';
  args: unknown[];
  sync: boolean;
}

export type OpReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; message: string; code?: string; unavailable: boolean };
