import pg from 'pg';
import { parseDocId } from '../docKeys';
import { StorageUnavailableError } from '../StorageUnavailableError';
import type { JournalEntry, UpdateJournal } from '../UpdateJournal';
import { appendBatch } from './journalCommit';
import type { AppendRow } from './mapOps';
import { clientConfig, isConnectionError } from './pgConnection';

interface Waiting {
  row: AppendRow;
  resolve(seq: number): void;
  reject(err: Error): void;
}

/**
 * PgStore's hot path (issue 20): group commit to PostgreSQL on the main thread's event loop, never
 * blocking it. The first append starts a commit on the next turn of the loop (so one tick's updates
 * from every room go together); every append made while a commit is in flight waits for the next
 * one. A commit is one statement, so one round trip (`appendBatch`: the updates, their edits, one
 * touch per map, seqs drawn from the global bigserial in append order). `synchronous_commit`
 * stays on: COMMIT returns once the WAL is flushed, so an update is durable before it is acknowledged
 * or broadcast. A failed commit rejects all its appends (connection lost: StorageUnavailableError).
 */
export class PgJournal implements UpdateJournal {
  /** Commits made and appends they carried (succeeded or failed), for tests and benchmarks. */
  readonly stats = { commits: 0, appends: 0 };
  private readonly pool: pg.Pool;
  private queued: Waiting[] = [];
  private inFlight: Promise<void> | undefined;
  private scheduled = false;
  private closed = false;

  constructor(url: string) {
    // One connection: commits run one at a time, which is what keeps appends in order.
    this.pool = new pg.Pool({ ...clientConfig(url), max: 1, idleTimeoutMillis: 30_000 });
    // A pooled idle connection the server dropped: the pool discards it; the next commit reconnects.
    this.pool.on('error', () => undefined);
  }

  append(entry: JournalEntry): Promise<number> {
    if (this.closed) return Promise.reject(new Error('the journal is closed'));
    const ref = parseDocId(entry.docId);
    if (!ref) return Promise.reject(new Error(`not a doc id: ${entry.docId}`));
    return new Promise<number>((resolve, reject) => {
      this.queued.push({
        row: {
          docId: ref.docId,
          mapId: ref.mapId,
          isMap: ref.kind === 'map',
          data: entry.update,
          ...(entry.touch ? { touch: entry.touch } : {}),
          author: entry.author ?? null,
          ...(entry.claims ? { claims: entry.claims } : {}),
        },
        resolve,
        reject,
      });
      this.schedule();
    });
  }

  async flush(): Promise<void> {
    for (;;) {
      // A commit never rejects (its appends do), so this waits without throwing.
      if (this.inFlight) await this.inFlight;
      else if (this.queued.length > 0) this.startCommit();
      else return;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.closed = true;
    await this.pool.end();
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.startCommit();
    });
  }

  private startCommit(): void {
    if (this.inFlight || this.queued.length === 0) return;
    const batch = this.queued;
    this.queued = [];
    this.inFlight = this.commit(batch).finally(() => {
      this.inFlight = undefined;
      this.startCommit();
    });
  }

  private async commit(batch: Waiting[]): Promise<void> {
    this.stats.commits += 1;
    this.stats.appends += batch.length;
    try {
      const client = await this.pool.connect().catch((err: unknown) => {
        // No connection at all: unavailable, whatever PostgreSQL's reason.
        throw new StorageUnavailableError(`PostgreSQL: ${(err as Error).message}`);
      });
      let broken = false;
      // A checked-out client has no pool listener: a connection cut mid-commit would emit an
      // unhandled 'error' and take the process down. The failed query rejects the batch instead.
      const onError = (): void => {
        broken = true;
      };
      client.on('error', onError);
      try {
        const seqs = await appendBatch(
          client,
          batch.map((w) => w.row),
        );
        batch.forEach((waiting, i) => waiting.resolve(seqs[i]!));
      } catch (err) {
        broken = isConnectionError(err);
        throw err;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    } catch (err) {
      const failure =
        err instanceof StorageUnavailableError
          ? err
          : isConnectionError(err)
            ? new StorageUnavailableError(`PostgreSQL: ${(err as Error).message}`)
            : (err as Error);
      for (const waiting of batch) waiting.reject(failure);
    }
  }
}
