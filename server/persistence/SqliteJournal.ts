import type { BatchResult } from './journalBatch';
import type { JournalEntry, UpdateJournal } from './UpdateJournal';

/** Where batches are committed: the worker thread (`journalWorkerSink.ts`) or, in memory, inline. */
export interface BatchSink {
  /** Commits one batch; at most one call is in flight at a time. */
  write(entries: JournalEntry[]): Promise<BatchResult>;
  close(): Promise<void>;
}

export interface SqliteJournalOptions {
  /**
   * How long an append that finds the journal idle waits for company before its commit starts
   * (ms; 0: until the end of the current event-loop turn). Under load batches form by themselves.
   */
  lingerMs?: number;
}

/** Batch sizes so far, for the measurements (bench/server/journalBatches.ts) and the shutdown log. */
export interface JournalStats {
  commits: number;
  updates: number;
  failedCommits: number;
  /** Updates per commit → how many commits had that many. */
  sizes: Map<number, number>;
  /** Commit round trips (main thread → worker → main thread), ms: total and longest. */
  commitMs: number;
  maxCommitMs: number;
}

interface Waiting {
  entry: JournalEntry;
  resolve: (seq: number) => void;
  reject: (err: Error) => void;
}

/**
 * Self-tuning group commit (issue 20): every append made while a commit is in flight goes into the
 * next commit, so one transaction and one fsync serve them all, however many rooms they come from.
 * A lone append waits only for the end of the event-loop turn (or `lingerMs`). Appends resolve in
 * the order they were made; a doc's updates are stored in that order (one writer, FIFO).
 */
export class SqliteJournal implements UpdateJournal {
  private queue: Waiting[] = [];
  private committing = false;
  private scheduled = false;
  private closed = false;
  /** Settles once every append made so far has settled. */
  private tail: Promise<void> = Promise.resolve();
  readonly stats: JournalStats = {
    commits: 0,
    updates: 0,
    failedCommits: 0,
    sizes: new Map(),
    commitMs: 0,
    maxCommitMs: 0,
  };

  constructor(
    private readonly sink: BatchSink,
    private readonly options: SqliteJournalOptions = {},
  ) {}

  append(entry: JournalEntry): Promise<number> {
    if (this.closed) return Promise.reject(new Error('the journal is closed'));
    const done = new Promise<number>((resolve, reject) => this.queue.push({ entry, resolve, reject }));
    this.tail = done.then(noop, noop);
    this.schedule();
    return done;
  }

  flush(): Promise<void> {
    return this.tail;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.tail;
    await this.sink.close();
  }

  /** Appends queued and not yet committed, plus those of the commit in flight (none when idle). */
  get idle(): boolean {
    return !this.committing && this.queue.length === 0;
  }

  private schedule(): void {
    if (this.committing || this.scheduled) return;
    this.scheduled = true;
    const start = () => {
      this.scheduled = false;
      void this.commitQueued();
    };
    const linger = this.options.lingerMs ?? 0;
    if (linger > 0) setTimeout(start, linger);
    else setImmediate(start);
  }

  /** Commits everything queued as one batch, then (at once) whatever queued meanwhile. */
  private async commitQueued(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      this.committing = true;
      let outcome: BatchResult;
      const started = performance.now();
      try {
        outcome = await this.sink.write(batch.map((w) => w.entry));
      } catch (err) {
        outcome = { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
      this.committing = false;
      this.count(batch.length, outcome.ok, performance.now() - started);
      settle(batch, outcome);
    }
  }

  private count(size: number, ok: boolean, ms: number): void {
    this.stats.commitMs += ms;
    this.stats.maxCommitMs = Math.max(this.stats.maxCommitMs, ms);
    if (!ok) {
      this.stats.failedCommits += 1;
      return;
    }
    this.stats.commits += 1;
    this.stats.updates += size;
    this.stats.sizes.set(size, (this.stats.sizes.get(size) ?? 0) + 1);
  }
}

/** Resolves or rejects each append of a batch, in order. */
function settle(batch: Waiting[], outcome: BatchResult): void {
  batch.forEach((waiting, i) => {
    if (!outcome.ok) return waiting.reject(new Error(outcome.error));
    const result = outcome.results[i];
    if (result && 'seq' in result) waiting.resolve(result.seq);
    else waiting.reject(new Error(result?.error ?? 'no result for this append'));
  });
}

function noop(): void {}

/** One log line's fields: how many updates each commit (one fsync) carried, e.g. `sizes=1:40 2:31 5:3`. */
export function batchSummary(stats: JournalStats): Record<string, number | string> {
  const sizes = [...stats.sizes].sort(([a], [b]) => a - b);
  return {
    commits: stats.commits,
    updates: stats.updates,
    failed: stats.failedCommits,
    fsyncsPerUpdate: stats.updates === 0 ? 0 : Number((stats.commits / stats.updates).toFixed(3)),
    meanCommitMs: stats.commits === 0 ? 0 : Number((stats.commitMs / stats.commits).toFixed(2)),
    maxCommitMs: Math.round(stats.maxCommitMs),
    sizes: sizes.map(([size, n]) => `${size}:${n}`).join(' '),
  };
}
