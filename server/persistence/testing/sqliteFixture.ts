import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { MapStore } from '../MapStore';
import { SqliteStore } from '../SqliteStore';
import type { StoreFixture } from './StoreFixture';

/** A SQLite file in a fresh temporary directory per test; `dir()` is it, for the migration tests. */
export function sqliteFixture(): StoreFixture & { dir(): string } {
  let dir = '';
  return {
    dir: () => dir,
    async open() {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-store-'));
      return SqliteStore.inDataDir(dir);
    },
    async reopen(store: MapStore) {
      store.close();
      return Promise.resolve(SqliteStore.inDataDir(dir));
    },
    async count(table: string) {
      const db = new Database(SqliteStore.fileIn(dir), { readonly: true });
      try {
        return Promise.resolve((db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n);
      } finally {
        db.close();
      }
    },
    async release(store: MapStore) {
      store.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
