import pg from 'pg';
import { createTestDatabase, onServer, type TestDatabase } from '../../testing/testDatabase';
import type { MapStore } from '../MapStore';
import { PgStore } from '../pg/PgStore';
import type { StoreFixture } from './StoreFixture';

/**
 * Empties the database between tests (the schema stays: it takes a worker to make). Deleting the
 * maps cascades to every table but these three; DELETE is much quicker than TRUNCATE on tiny tables.
 */
const EMPTY_ALL =
  'DELETE FROM maps; DELETE FROM notification_settings; DELETE FROM server_settings; DELETE FROM templates;';

/**
 * A database of its own for one test file (`createTestDatabase` in `setup`, dropped in
 * `teardown`), emptied before each test. Stores start a worker thread each, so one store serves
 * every test of the file; `extra()` opens more ("other processes").
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
  let database: TestDatabase | undefined;
  let shared: PgStore | undefined;
  const extras: PgStore[] = [];
  let admin: pg.Client | undefined;
  const url = () => {
    if (!database) throw new Error('pgFixture: setup() first');
    return database.url;
  };

  const query = async (sql: string) => {
    if (!admin) {
      admin = new pg.Client({ connectionString: url() });
      await admin.connect();
    }
    return admin.query(sql);
  };

  return {
    url,
    async setup() {
      database = await createTestDatabase(adminUrl);
    },
    async teardown() {
      for (const store of [shared, ...extras]) store?.close();
      await admin?.end();
      await database?.drop();
    },
    async setAvailable(on: boolean) {
      if (!on) {
        await admin?.end();
        admin = undefined;
      }
      const name = database!.name;
      await onServer(
        adminUrl,
        `ALTER DATABASE ${name} ALLOW_CONNECTIONS ${on ? 'true' : 'false'}`,
        ...(on ? [] : [`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`]),
      );
    },
    extra() {
      const store = new PgStore(url());
      extras.push(store);
      return store;
    },
    async open() {
      shared ??= new PgStore(url());
      await query(EMPTY_ALL);
      return shared;
    },
    async reopen(store: MapStore) {
      store.close();
      const fresh = new PgStore(url());
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
