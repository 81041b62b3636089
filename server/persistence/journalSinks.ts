import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { createBatchWriter, type BatchResult } from './journalBatch';
import type { JournalFault } from './journalFaults';
import type { JournalReply, JournalRequest, JournalWorkerData } from './journalWorker';
import type { BatchSink } from './SqliteJournal';

/**
 * Commits on the caller's own connection, on the main thread: for an in-memory store (a worker
 * cannot open it) and unit tests. Still one transaction per batch.
 */
export function inlineSink(db: Database.Database, fault?: JournalFault): BatchSink {
  const write = createBatchWriter(db, fault);
  return {
    write: (entries) => Promise.resolve(write(entries)),
    close: () => Promise.resolve(),
  };
}

/**
 * Commits in a worker thread with its own connection to `file` (journalWorker.ts). Started now, so
 * the first edit does not wait for its start-up; if it dies, the batch in flight fails and the
 * next batch starts a new one.
 */
export function workerSink(file: string, fault?: JournalFault): BatchSink {
  let worker: Worker | undefined;
  let pending: ((reply: JournalReply) => void) | undefined;

  const start = (): Worker => {
    const w = spawnJournalWorker({ file, fault });
    const fail = (error: string) => {
      if (worker === w) worker = undefined;
      const reply = pending;
      pending = undefined;
      reply?.({ ok: false, error });
    };
    w.on('message', (reply: JournalReply) => {
      const resolve = pending;
      pending = undefined;
      w.unref();
      resolve?.(reply);
    });
    w.on('error', (err) => fail(`journal worker: ${err.message}`));
    w.on('exit', (code) => fail(`journal worker exited ${code}`));
    // Idle, it must not keep the process alive; with a commit in flight it must (ref'd per request).
    w.unref();
    return w;
  };

  const request = (message: JournalRequest, w: Worker): Promise<JournalReply> =>
    new Promise((resolve) => {
      pending = resolve;
      w.ref();
      w.postMessage(message);
    });

  worker = start();
  return {
    async write(entries) {
      worker ??= start();
      return (await request({ entries }, worker)) as BatchResult;
    },
    async close() {
      const w = worker;
      worker = undefined;
      if (!w) return;
      await request({ close: true }, w);
      await w.terminate();
    },
  };
}

/**
 * From TypeScript sources (tsx, vitest) the worker is journalWorker.dev.mjs beside this file, which
 * loads tsx first; in the bundle (build/server.mjs) it is build/journalWorker.mjs beside the bundle.
 */
function spawnJournalWorker(data: JournalWorkerData): Worker {
  const here = import.meta.url;
  const file = here.endsWith('.ts') ? './journalWorker.dev.mjs' : './journalWorker.mjs';
  // What it holds lives for one batch: a small young generation (like the main thread's
  // --max-semi-space-size=1) keeps the thread's footprint to a few MB (bench T2). The old
  // generation's cap is only a ceiling for a batch of very large updates.
  return new Worker(new URL(file, here), {
    workerData: data,
    resourceLimits: { maxYoungGenerationSizeMb: 3, maxOldGenerationSizeMb: 512 },
  });
}
