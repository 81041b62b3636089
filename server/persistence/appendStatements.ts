import type Database from 'better-sqlite3';
import type { DocRef } from './docKeys';
import { HISTORY_SQL } from './historySchema';
import { asBuffer } from './rows/bytes';
import type { MapTouch } from './MapStore';
import { SQL } from './sqliteSchema';

/**
 * What storing one doc update writes, on whichever connection runs it: the main thread's
 * (`SqliteStore.appendUpdate`, compaction's touch) or the journal worker's (`journalWorker.ts`).
 * One module, so the two can never write different rows for the same update.
 */
export interface AppendStatements {
  /** The update row, the map row's touch and, for a map doc, the edit by `author`; returns its seq. */
  append(ref: DocRef, update: Uint8Array, touch: MapTouch | undefined, author: string | null): number;
  /**
   * `append` without the touch (a batch touches each map once), plus the client ids `claims` for
   * `author` (map docs). Returns the update's seq.
   */
  insert(
    ref: DocRef,
    update: Uint8Array,
    at: number,
    author: string | null,
    claims?: readonly number[],
  ): number;
  /** The map row's `updated_at`, and its title when it changed. */
  touch(mapId: string, touch: MapTouch): void;
}

/** Prepares the statements on `db`; the caller runs `append` inside its own transaction. */
export function prepareAppend(db: Database.Database): AppendStatements {
  const insertUpdate = db.prepare(SQL.insertUpdate);
  const touchMap = db.prepare(SQL.touchMap);
  const touchMapTitle = db.prepare(SQL.touchMapTitle);
  const insertEdit = db.prepare(HISTORY_SQL.insertEdit);
  const claimClient = db.prepare(HISTORY_SQL.claimClient);
  const touch = (mapId: string, t: MapTouch): void => {
    if (t.title === undefined) touchMap.run(t.updatedAt, mapId);
    else touchMapTitle.run(t.updatedAt, t.title, mapId);
  };
  const insert: AppendStatements['insert'] = (ref, update, at, author, claims) => {
    const data = asBuffer(update);
    const info = insertUpdate.run(ref.docId, ref.mapId, data, at);
    // Map edits only: the comments doc carries its own authorship (comment records).
    if (ref.kind === 'map') {
      insertEdit.run(ref.mapId, author, at, data);
      if (author !== null) for (const id of claims ?? []) claimClient.run(ref.mapId, id, author, at);
    }
    return Number(info.lastInsertRowid);
  };
  return {
    touch,
    insert,
    append(ref, update, t, author) {
      const seq = insert(ref, update, t?.updatedAt ?? Date.now(), author);
      if (t) touch(ref.mapId, t);
      return seq;
    },
  };
}
