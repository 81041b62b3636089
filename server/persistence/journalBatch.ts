import type Database from 'better-sqlite3';
import { errorMessage } from '../log';
import { prepareAppend } from './appendStatements';
import { parseDocId } from './docKeys';
import { strike, type JournalFault } from './journalFaults';
import type { JournalEntry } from './UpdateJournal';

/** One entry's outcome: its sequence number, or why that entry alone was refused. */
export type EntryResult = { seq: number } | { error: string };

/** A whole batch: committed (each entry with its outcome) or failed (nothing of it is stored). */
export type BatchResult = { ok: true; results: EntryResult[] } | { ok: false; error: string };

/**
 * Writes a batch of appends as ONE transaction, hence one fsync (synchronous = FULL), on `db`: the
 * journal worker's connection, or the main one for an in-memory store. Each entry runs in its own
 * savepoint, so one that cannot be stored (its map was deleted meanwhile: the foreign key refuses
 * it, nothing is resurrected) is refused alone and the others commit. A failing COMMIT fails all.
 */
export function createBatchWriter(
  db: Database.Database,
  fault?: JournalFault,
): (entries: readonly JournalEntry[]) => BatchResult {
  const statements = prepareAppend(db);
  let commits = 0;
  // A transaction function called inside another runs as a savepoint (better-sqlite3).
  const one = db.transaction((entry: JournalEntry): number => {
    const ref = parseDocId(entry.docId);
    if (!ref) throw new Error(`not a doc id: ${entry.docId}`);
    return statements.append(ref, entry.update, entry.touch, entry.author ?? null);
  });
  const all = db.transaction((entries: readonly JournalEntry[]): EntryResult[] => {
    const results = entries.map((entry): EntryResult => {
      try {
        return { seq: one(entry) };
      } catch (err) {
        return { error: errorMessage(err) };
      }
    });
    strike(fault, commits, 'commit');
    return results;
  });
  return (entries) => {
    commits += 1;
    let results: EntryResult[];
    try {
      results = all(entries);
    } catch (err) {
      return { ok: false, error: errorMessage(err) };
    }
    strike(fault, commits, 'ack');
    return { ok: true, results };
  };
}
