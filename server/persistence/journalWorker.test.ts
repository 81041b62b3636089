import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from './SqliteStore';

/** Each update sets meta.title to `text` in a doc of its own: order shows in the stored log. */
function update(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('meta').set('title', text);
  return Y.encodeStateAsUpdate(doc);
}

const empty = () => Y.encodeStateAsUpdate(new Y.Doc());

describe('the journal on a real SQLite file (worker thread)', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-journal-'));
    store = SqliteStore.inDataDir(dir);
    for (const id of ['a', 'b']) store.createMap({ id, title: id, createdAt: 1, updatedAt: 1 }, empty());
  });
  afterEach(async () => {
    await store.journal.close();
    store.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('stores each doc’s updates in order, with the edit and the touch of the map row', async () => {
    const seqs = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        store.journal.append({
          docId: i % 2 ? 'a' : 'b',
          update: update(`t${i}`),
          touch: { updatedAt: 100 + i, title: i === 29 ? 'renamed' : undefined },
          author: 'person-1',
        }),
      ),
    );
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(store.loadDoc('a')!.updates).toHaveLength(15);
    expect(store.getMap('a')).toMatchObject({ updatedAt: 129, title: 'renamed' });
    expect(store.listEdits('a', 0).map((e) => e.personId)).toEqual(Array(15).fill('person-1'));
    // Fewer commits than updates: appends made in one turn or during a commit share one.
    expect(store.journal.stats.updates).toBe(30);
    expect(store.journal.stats.commits).toBeLessThan(30);
  });

  it('refuses the appends of a map deleted meanwhile, resurrects nothing, and commits the others', async () => {
    const gone = store.journal.append({ docId: 'a', update: update('late'), touch: { updatedAt: 5 } });
    const kept = store.journal.append({ docId: 'b', update: update('kept'), touch: { updatedAt: 5 } });
    // Deleted before the batch (queued until the end of this turn) reaches the worker.
    expect(store.deleteMap('a')).toBe(true);
    await expect(gone).rejects.toThrow(/FOREIGN KEY/i);
    await expect(kept).resolves.toBeGreaterThan(0);
    const db = new Database(SqliteStore.fileIn(dir), { readonly: true });
    try {
      const rows = (table: string) =>
        (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE map_id = 'a'`).get() as { n: number }).n;
      expect([rows('updates'), rows('edits')]).toEqual([0, 0]);
      expect(db.prepare(`SELECT id FROM maps`).all()).toEqual([{ id: 'b' }]);
    } finally {
      db.close();
    }
    // The worker is still there for the next batch.
    await expect(store.journal.append({ docId: 'b', update: update('after') })).resolves.toBeGreaterThan(0);
  });
});

describe('a commit meeting the test-only fsync fault (JOURNEY_TEST_FAULT=fsync-fail@2)', () => {
  it('rejects its whole batch, stores nothing of it, and the next batch commits', async () => {
    process.env.JOURNEY_TEST_FAULT = 'fsync-fail@2';
    const store = new SqliteStore(':memory:');
    try {
      store.createMap({ id: 'a', title: 'a', createdAt: 1, updatedAt: 1 }, empty());
      const journal = store.journal;
      delete process.env.JOURNEY_TEST_FAULT;
      const append = (text: string) => journal.append({ docId: 'a', update: update(text) });
      await append('first');
      const failed = ['second', 'third'].map(append);
      for (const one of failed) await expect(one).rejects.toThrow(/disk I\/O error/);
      await append('fourth');
      const stored = store.loadDoc('a')!.updates.map((u) => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, u);
        return doc.getMap('meta').get('title');
      });
      expect(stored).toEqual(['first', 'fourth']);
    } finally {
      delete process.env.JOURNEY_TEST_FAULT;
      store.close();
    }
  });
});
