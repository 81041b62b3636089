import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { TEST_DATABASE_URL } from './engines';

/** A PostgreSQL database of one test's or file's own, on the server of the engines' database. */
export interface TestDatabase {
  readonly name: string;
  /** postgres://… of this database. */
  readonly url: string;
  /** Drops it, cutting any connection still open. */
  drop(): Promise<void>;
}

/** `CREATE DATABASE journey_<random>` next to `adminUrl`'s (the engines' `journey_test` by default). */
export async function createTestDatabase(adminUrl = TEST_DATABASE_URL): Promise<TestDatabase> {
  if (!adminUrl) throw new Error('no PostgreSQL: run `source .ci/engines.sh` first');
  const name = `journey_${randomBytes(6).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await onServer(adminUrl, `CREATE DATABASE ${name}`);
  return {
    name,
    url: url.toString(),
    drop: () => onServer(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Runs statements on the server through `adminUrl`'s database (not the one they change). */
export async function onServer(adminUrl: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}
