import type Database from 'better-sqlite3';

/** A table of SQL texts, prepared on one connection under the same names. */
export type Prepared<T> = { [K in keyof T]: Database.Statement };

/** Prepares every statement of `sql` on `db` (each SQLite store's constructor does this once). */
export function prepareAll<T extends Record<string, string>>(db: Database.Database, sql: T): Prepared<T> {
  return Object.fromEntries(
    Object.entries(sql).map(([name, text]) => [name, db.prepare(text)]),
  ) as Prepared<T>;
}
