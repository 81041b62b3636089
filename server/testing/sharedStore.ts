import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type * as Y from 'yjs';
import { readStoredDoc } from './childServer';

/** The store several test processes share, and how the test reads what it holds. */
export interface SharedStore {
  /** JOURNEY_* settings that point a process at it. */
  readonly env: Record<string, string>;
  /** The doc as stored (snapshot + logged updates), read beside the running processes. */
  readStored(docId: string): Promise<Y.Doc | undefined>;
  dispose(): Promise<void>;
}

/** One SQLite file in a shared data dir (WAL lets several processes use it). */
export async function sharedSqlite(): Promise<SharedStore> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-shared-'));
  return {
    env: { JOURNEY_DATA_DIR: dataDir },
    readStored: async (docId) => readStoredDoc(path.join(dataDir, 'journey.sqlite'), docId),
    dispose: () => fs.rm(dataDir, { recursive: true, force: true }),
  };
}

/** The store the cluster tests run on. */
export const sharedStoreForTests = sharedSqlite;
