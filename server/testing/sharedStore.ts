import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { PgStore } from '../persistence/pg/PgStore';
import { pgFixture } from '../persistence/testing/pgFixture';
import { readStoredDoc } from './childServer';
import { TEST_DATABASE_URL } from './engines';

/** The store several test processes share, and how the test reads what it holds. */
export interface SharedStore {
  /** JOURNEY_* settings that point a process at it. */
  readonly env: Record<string, string>;
  /** The doc as stored (snapshot + logged updates), read beside the running processes. */
  readStored(docId: string): Y.Doc | undefined;
  dispose(): Promise<void>;
}

/** One SQLite file in a shared data dir (WAL lets several processes use it). */
export async function sharedSqlite(): Promise<SharedStore> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-shared-'));
  return {
    env: { JOURNEY_DATA_DIR: dataDir },
    readStored: (docId) => readStoredDoc(path.join(dataDir, 'journey.sqlite'), docId),
    dispose: () => fs.rm(dataDir, { recursive: true, force: true }),
  };
}

/**
 * A PostgreSQL database of its own (`CREATE DATABASE journey_<random>` beside JOURNEY_TEST_DATABASE_URL,
 * dropped by `dispose`), read through a PgStore of the test's: what a process restarted on it would load.
 */
export async function freshPostgres(
  adminUrl: string,
  options: { proxyPort?: number } = {},
): Promise<SharedStore> {
  const fixture = pgFixture(adminUrl);
  await fixture.setup();
  let reader: PgStore | undefined;
  // The processes may reach it through a proxy the test cuts; the test's reader goes straight to it.
  const processUrl = new URL(fixture.url());
  if (options.proxyPort !== undefined) processUrl.port = String(options.proxyPort);
  return {
    env: { JOURNEY_DATABASE_URL: processUrl.toString() },
    readStored(docId) {
      reader ??= fixture.extra();
      const stored = reader.loadDoc(docId);
      if (!stored) return undefined;
      const doc = new Y.Doc();
      Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
      return doc;
    },
    dispose: () => fixture.teardown(),
  };
}

/** The store the cluster tests run on: PostgreSQL, as in production with several processes. */
export const sharedStoreForTests = () => freshPostgres(TEST_DATABASE_URL!);
