import type { MapStore } from '../MapStore';

/**
 * How a storage suite gets its stores (issue 20: one suite, two engines). The SQLite fixture opens a
 * file in a temporary directory per test; the PostgreSQL one (`pg/pgFixture.ts`) empties a database
 * made for the test file and hands out one store, since each store starts a worker thread.
 */
export interface StoreFixture {
  /** An empty store, before each test. */
  open(): Promise<MapStore>;
  /** The same data through a store opened anew; `store` is closed. */
  reopen(store: MapStore): Promise<MapStore>;
  /** Rows of a table, read behind the store's back. */
  count(table: string): Promise<number>;
  /** After each test. */
  release(store: MapStore): Promise<void>;
}
