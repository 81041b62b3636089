import { describe, expect, it } from 'vitest';
import type { BatchResult } from './journalBatch';
import { SqliteJournal, type BatchSink } from './SqliteJournal';
import type { JournalEntry } from './UpdateJournal';

/** A sink whose commits finish when the test says so, recording every batch it was given. */
function heldSink() {
  const batches: string[][] = [];
  const finishers: Array<(result: BatchResult) => void> = [];
  let seq = 0;
  const sink: BatchSink = {
    write(entries) {
      batches.push(entries.map((e) => e.docId));
      return new Promise((resolve) => finishers.push(resolve));
    },
    close: () => Promise.resolve(),
  };
  const commitNext = (outcome: 'ok' | 'fail' = 'ok') => {
    const finish = finishers.shift();
    const size = batches[batches.length - 1 - finishers.length]!.length;
    if (!finish) throw new Error('no commit in flight');
    finish(
      outcome === 'ok'
        ? { ok: true, results: Array.from({ length: size }, () => ({ seq: ++seq })) }
        : { ok: false, error: 'disk I/O error' },
    );
  };
  return { sink, batches, commitNext, inFlight: () => finishers.length };
}

const entry = (docId: string): JournalEntry => ({ docId, update: new Uint8Array([0, 0]) });
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('SqliteJournal (group commit)', () => {
  it('commits every append made while a commit is in flight as one batch, resolving in order', async () => {
    const { sink, batches, commitNext, inFlight } = heldSink();
    const journal = new SqliteJournal(sink);
    const order: string[] = [];
    const first = journal.append(entry('m1'));
    await tick();
    expect(batches).toEqual([['m1']]);

    // Five appends from three docs while the first commit is in flight: no commit starts for them.
    const later = ['m2', 'm1', 'm3', 'm2', 'm1'].map((doc, i) =>
      journal.append(entry(doc)).then((seq) => order.push(`${i}:${seq}`)),
    );
    await tick();
    expect(batches).toHaveLength(1);
    expect(inFlight()).toBe(1);

    commitNext();
    expect(await first).toBe(1);
    await tick();
    expect(batches).toEqual([['m1'], ['m2', 'm1', 'm3', 'm2', 'm1']]);
    commitNext();
    await Promise.all(later);
    expect(order).toEqual(['0:2', '1:3', '2:4', '3:5', '4:6']);
    expect(journal.stats).toMatchObject({ commits: 2, updates: 6 });
    expect([...journal.stats.sizes]).toEqual([
      [1, 1],
      [5, 1],
    ]);
  });

  it('rejects every append of a failed commit, and the next batch commits', async () => {
    const { sink, batches, commitNext } = heldSink();
    const journal = new SqliteJournal(sink);
    const failed = [journal.append(entry('m1')), journal.append(entry('m2'))];
    await tick();
    const next = journal.append(entry('m1'));
    commitNext('fail');
    for (const append of failed) await expect(append).rejects.toThrow('disk I/O error');
    await tick();
    expect(batches).toEqual([['m1', 'm2'], ['m1']]);
    commitNext();
    await expect(next).resolves.toBeGreaterThan(0);
    expect(journal.stats).toMatchObject({ commits: 1, failedCommits: 1, updates: 1 });
  });

  it('refuses one entry alone when the sink refuses only that one', async () => {
    const journal = new SqliteJournal({
      write: (entries) =>
        Promise.resolve({
          ok: true,
          results: entries.map((e, i) => (e.docId === 'gone' ? { error: 'FOREIGN KEY' } : { seq: i + 1 })),
        }),
      close: () => Promise.resolve(),
    });
    const [a, gone, b] = ['m1', 'gone', 'm2'].map((doc) => journal.append(entry(doc)));
    await expect(a).resolves.toBe(1);
    await expect(gone).rejects.toThrow('FOREIGN KEY');
    await expect(b).resolves.toBe(3);
  });

  it('flush waits for the commit in flight; close commits what is queued, then refuses appends', async () => {
    const { sink, commitNext } = heldSink();
    const journal = new SqliteJournal(sink);
    let stored = false;
    void journal.append(entry('m1')).then(() => (stored = true));
    await tick();
    let flushed = false;
    const flush = journal.flush().then(() => (flushed = true));
    await tick();
    expect(flushed).toBe(false);
    commitNext();
    await flush;
    expect(stored).toBe(true);

    void journal.append(entry('m2'));
    const closed = journal.close();
    await tick();
    commitNext();
    await closed;
    await expect(journal.append(entry('m3'))).rejects.toThrow('closed');
  });
});
