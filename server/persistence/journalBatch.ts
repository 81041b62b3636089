import type Database from 'better-sqlite3';
import { errorMessage } from '../log';
import { prepareAppend } from './appendStatements';
import { parseDocId, type DocRef } from './docKeys';
import { strike, type JournalFault } from './journalFaults';
import type { MapTouch } from './MapStore';
import { mergeTouch } from './mergeTouch';
import type { JournalEntry } from './UpdateJournal';

/** One entry's outcome: its sequence number, or why that entry alone was refused. */
export type EntryResult = { seq: number } | { error: string };

/** A whole batch: committed (each entry with its outcome) or failed (nothing of it is stored). */
export type BatchResult = { ok: true; results: EntryResult[] } | { ok: false; error: string };

/**
 * Writes a batch of appends as ONE transaction, hence one fsync (synchronous = FULL), on `db`: the
 * journal worker's connection, or the main one for an in-memory store. Each map row is touched once
 * per batch. One entry that cannot be stored (its map was deleted meanwhile: the foreign key refuses
 * it, nothing is resurrected) must not fail the others: the batch is then written again with each
 * entry in its own savepoint, so that entry alone is refused. Savepoints cost two statements per
 * entry, so only that rare retry pays for them. A failing COMMIT fails all.
 */
export function createBatchWriter(
  db: Database.Database,
  fault?: JournalFault,
): (entries: readonly JournalEntry[]) => BatchResult {
  const statements = prepareAppend(db);
  let commits = 0;
  const insert = (entry: JournalEntry, touches: Map<string, MapTouch>): number => {
    const ref = refOf(entry);
    const seq = statements.insert(
      ref,
      entry.update,
      entry.touch?.updatedAt ?? Date.now(),
      entry.author ?? null,
      entry.claims,
    );
    if (entry.touch) mergeTouch(touches, ref.mapId, entry.touch);
    return seq;
  };
  const commit = (touches: Map<string, MapTouch>): void => {
    for (const [mapId, touch] of touches) statements.touch(mapId, touch);
    strike(fault, commits, 'commit');
  };
  const whole = db.transaction((entries: readonly JournalEntry[]): EntryResult[] => {
    const touches = new Map<string, MapTouch>();
    const results = entries.map((entry) => ({ seq: insert(entry, touches) }));
    commit(touches);
    return results;
  });
  // A transaction function called inside another runs as a savepoint (better-sqlite3).
  const one = db.transaction(insert);
  const entryByEntry = db.transaction((entries: readonly JournalEntry[]): EntryResult[] => {
    const touches = new Map<string, MapTouch>();
    const results = entries.map((entry): EntryResult => {
      const mine = new Map<string, MapTouch>();
      try {
        const seq = one(entry, mine);
        for (const [mapId, touch] of mine) mergeTouch(touches, mapId, touch);
        return { seq };
      } catch (err) {
        return { error: errorMessage(err) };
      }
    });
    commit(touches);
    return results;
  });
  return (entries) => {
    commits += 1;
    let results: EntryResult[];
    try {
      try {
        results = whole(entries);
      } catch (err) {
        // Rolled back: nothing of the batch is stored. Only an entry's own refusal is retried.
        if (!entryRefused(err)) throw err;
        results = entryByEntry(entries);
      }
    } catch (err) {
      return { ok: false, error: errorMessage(err) };
    }
    strike(fault, commits, 'ack');
    return { ok: true, results };
  };
}

function refOf(entry: JournalEntry): DocRef {
  const ref = parseDocId(entry.docId);
  if (!ref) throw new NotADocError(entry.docId);
  return ref;
}

class NotADocError extends Error {
  constructor(docId: string) {
    super(`not a doc id: ${docId}`);
  }
}

/** What one entry alone can cause: a constraint (its map is gone) or a malformed doc id. */
function entryRefused(err: unknown): boolean {
  if (err instanceof NotADocError) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}
