import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { MapStore } from '../MapStore';
import { PgStore } from '../pg/PgStore';
import type { StoreFixture } from './StoreFixture';

/** Every table PgStore writes, emptied between tests (the schema stays: it takes a worker to make). */
const TABLES = `maps, snapshots, updates, share_links, version_states, versions, edits, doc_clients,
  api_tokens, notifications, notification_settings, server_settings`;

/**
 * A database of its own for one test file (`CREATE DATABASE journey_<random>` on the server of
 * `adminUrl`, dropped in `teardown`), emptied before each test. Stores start a worker thread each,
 * so one store serves every test of the file; `extra()` opens more ("other processes").
 */
export function pgFixture(adminUrl: string): StoreFixture & {
  setup(): Promise<void>;
  teardown(): Promise<void>;
  url(): string;
  /** Another store on the same database, closed at teardown. */
  extra(): PgStore;
  /**
   * Off: the database refuses new connections and its open ones are cut, as if PostgreSQL were
   * down for these stores. On: it takes connections again.
   */
  setAvailable(on: boolean): Promise<void>;
} {
  const name = `journey_${randomBytes(6).toString('hex')}`;
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${name}`;
  let shared: PgStore | undefined;
  const extras: PgStore[] = [];
  let admin: pg.Client | undefined;

  const query = async (sql: string) => {
    admin ??= await connect(dbUrl.toString());
    return admin.query(sql);
  };

  return {
    url: () => dbUrl.toString(),
    async setup() {
      const server = await connect(adminUrl);
      try {
        await server.query(`CREATE DATABASE ${name}`);
      } finally {
        await server.end();
      }
    },
    async teardown() {
      for (const store of [shared, ...extras]) store?.close();
      await admin?.end();
      const server = await connect(adminUrl);
      try {
        await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await server.end();
      }
    },
    async setAvailable(on: boolean) {
      if (!on) {
        await admin?.end();
        admin = undefined;
      }
      const server = await connect(adminUrl);
      try {
        await server.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS ${on ? 'true' : 'false'}`);
        if (!on) {
          await server.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
            name,
          ]);
        }
      } finally {
        await server.end();
      }
    },
    extra() {
      const store = new PgStore(dbUrl.toString());
      extras.push(store);
      return store;
    },
    async open() {
      shared ??= new PgStore(dbUrl.toString());
      await query(`TRUNCATE ${TABLES} RESTART IDENTITY CASCADE`);
      return shared;
    },
    async reopen(store: MapStore) {
      store.close();
      const fresh = new PgStore(dbUrl.toString());
      if (store === shared) shared = fresh;
      else extras.push(fresh);
      return Promise.resolve(fresh);
    },
    async count(table: string) {
      const result = await query(`SELECT COUNT(*)::int AS n FROM ${table}`);
      return (result.rows[0] as { n: number }).n;
    },
    async release(store: MapStore) {
      // The shared store stays open for the next test; it is closed at teardown.
      if (store !== shared && !extras.includes(store as PgStore)) store.close();
      return Promise.resolve();
    },
  };
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}
