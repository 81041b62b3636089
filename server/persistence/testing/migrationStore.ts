import Database from 'better-sqlite3';
import { afterEach, beforeEach } from 'vitest';
import { SqliteStore } from '../SqliteStore';
import { sqliteFixture } from './sqliteFixture';

/**
 * The SQLite migration tests' setup: before each test a store in a fresh directory (`seed` runs on
 * it), after it the store the test holds last is closed and the directory removed.
 */
export interface MigrationStore {
  /** The store the test holds now. */
  readonly store: SqliteStore;
  readonly dir: string;
  /**
   * Closes the store, turns its file into a version-`version` one (`sql` drops what came later) and
   * opens it again, which migrates it.
   */
  reopenFrom(version: number, sql: string): SqliteStore;
  /** Closes the store and opens `file` (an older database the test wrote) in its place. */
  open(file: string): SqliteStore;
}

/** The ids of the maps the store lists (not those in the trash), sorted: what a migration must keep. */
export function listedIds(store: SqliteStore): string[] {
  return store
    .listMaps()
    .map((m) => m.id)
    .sort();
}

/** Call in a `describe` body. */
export function useMigrationStore(seed: (store: SqliteStore) => void = () => undefined): MigrationStore {
  const fixture = sqliteFixture();
  let current: SqliteStore | undefined;
  const held = (): SqliteStore => {
    if (!current) throw new Error('no store: useMigrationStore opens one before each test');
    return current;
  };
  const replace = (open: () => SqliteStore): SqliteStore => {
    held().close();
    current = open();
    return current;
  };

  beforeEach(async () => {
    current = (await fixture.open()) as SqliteStore;
    seed(current);
  });
  afterEach(async () => {
    await fixture.release(held());
    current = undefined;
  });

  return {
    get store() {
      return held();
    },
    get dir() {
      return fixture.dir();
    },
    reopenFrom(version, sql) {
      return replace(() => {
        const old = new Database(SqliteStore.fileIn(fixture.dir()));
        old.exec(sql);
        old.pragma(`user_version = ${version}`);
        old.close();
        return SqliteStore.inDataDir(fixture.dir());
      });
    },
    open(file) {
      return replace(() => new SqliteStore(file));
    },
  };
}
