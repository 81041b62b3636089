import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { createBatchWriter, type BatchResult } from './journalBatch';
import type { JournalFault } from './journalFaults';
import { PRAGMAS } from './sqliteSchema';
import type { JournalEntry } from './UpdateJournal';

/** What SqliteJournal's worker thread is started with. */
export interface JournalWorkerData {
  /** The SQLite file; SqliteStore has created and upgraded it before the worker opens it. */
  file: string;
  fault?: JournalFault;
}

/** Main thread → worker: a batch to commit, or the request to close the connection. */
export type JournalRequest = { entries: JournalEntry[] } | { close: true };
/** Worker → main thread: one reply per request, in order. */
export type JournalReply = BatchResult | { closed: true };

/**
 * The journal's worker thread: its own connection to the store's file (WAL, synchronous = FULL,
 * busy_timeout), so the commit and its fsync never hold the event loop. One batch at a time.
 */
const { file, fault } = workerData as JournalWorkerData;
const db = new Database(file);
for (const pragma of PRAGMAS) db.pragma(pragma);
const write = createBatchWriter(db, fault);

parentPort?.on('message', (request: JournalRequest) => {
  if ('close' in request) {
    db.close();
    parentPort?.postMessage({ closed: true } satisfies JournalReply);
    return;
  }
  parentPort?.postMessage(write(request.entries) satisfies JournalReply);
});
