import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from './SqliteStore';

function docWith(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap('meta').set('title', text);
  return doc;
}

function rebuild(stored: { snapshot: Uint8Array; updates: Uint8Array[] }): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

describe('SqliteStore', () => {
  let dir: string;
  let store: SqliteStore;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-store-'));
    store = SqliteStore.inDataDir(dir);
  });
  afterEach(async () => {
    store.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('creates and lists maps, most recently updated first', () => {
    store.createMap({ id: 'a', title: 'A', createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(new Y.Doc()));
    store.createMap({ id: 'b', title: 'B', createdAt: 2, updatedAt: 2 }, Y.encodeStateAsUpdate(new Y.Doc()));
    expect(store.listMaps().map((m) => m.id)).toEqual(['b', 'a']);
    store.appendUpdate('a', Y.encodeStateAsUpdate(docWith('x')), { updatedAt: 3 });
    expect(store.listMaps().map((m) => m.id)).toEqual(['a', 'b']);
    expect(store.getMap('a')).toEqual({ id: 'a', title: 'A', createdAt: 1, updatedAt: 3 });
    expect(store.getMap('nope')).toBeUndefined();
    expect(store.loadDoc('nope')).toBeUndefined();
  });

  it('appends updates and rebuilds the doc from snapshot + log', () => {
    const source = docWith('first');
    store.createMap({ id: 'm', title: 'first', createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(source));
    const updates: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => updates.push(u));
    source.getMap('meta').set('title', 'second');
    source.getMap('meta').set('goal', 'fix wifi');
    let seq = 0;
    for (const u of updates) seq = store.appendUpdate('m', u, { updatedAt: 2, title: 'second' });

    const stored = store.loadDoc('m');
    expect(stored?.updates).toHaveLength(2);
    expect(stored?.lastSeq).toBe(seq);
    expect(rebuild(stored!).getMap('meta').toJSON()).toEqual(source.getMap('meta').toJSON());
    expect(store.getMap('m')?.title).toBe('second');
  });

  it('compacts into one snapshot, keeping updates logged after throughSeq', () => {
    const source = docWith('t');
    store.createMap({ id: 'm', title: 't', createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(source));
    const updates: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 5; i++) source.getMap('meta').set(`k${i}`, i);
    const seqs = updates.map((u) => store.appendUpdate('m', u, { updatedAt: 2 }));

    // Snapshot as of the third update; the last two must survive compaction.
    const partial = rebuild({ snapshot: store.loadDoc('m')!.snapshot, updates: updates.slice(0, 3) });
    store.compact('m', Y.encodeStateAsUpdate(partial), seqs[2]!);
    const stored = store.loadDoc('m')!;
    expect(stored.updates).toHaveLength(2);
    expect(rebuild(stored).getMap('meta').toJSON()).toEqual(source.getMap('meta').toJSON());

    store.compact('m', Y.encodeStateAsUpdate(source), stored.lastSeq, { updatedAt: 9, title: 'T' });
    const after = store.loadDoc('m')!;
    expect(after.updates).toEqual([]);
    expect(after.lastSeq).toBe(0);
    expect(rebuild(after).getMap('meta').toJSON()).toEqual(source.getMap('meta').toJSON());
    expect(store.getMap('m')).toMatchObject({ title: 'T', updatedAt: 9 });
  });

  it('deletes a map with its snapshot and updates', () => {
    store.createMap({ id: 'm', title: 't', createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(docWith('t')));
    store.appendUpdate('m', Y.encodeStateAsUpdate(docWith('u')), { updatedAt: 2 });
    expect(store.deleteMap('m')).toBe(true);
    expect(store.deleteMap('m')).toBe(false);
    expect(store.getMap('m')).toBeUndefined();
    expect(store.loadDoc('m')).toBeUndefined();
    // A new map with the same id starts clean: no orphaned updates came back.
    store.createMap(
      { id: 'm', title: 'new', createdAt: 3, updatedAt: 3 },
      Y.encodeStateAsUpdate(new Y.Doc()),
    );
    expect(store.loadDoc('m')?.updates).toEqual([]);
  });

  it('survives reopening the file (durable, WAL mode)', () => {
    store.createMap({ id: 'm', title: 't', createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(docWith('t')));
    store.appendUpdate('m', Y.encodeStateAsUpdate(docWith('u')), { updatedAt: 2 });
    store.close();
    store = SqliteStore.inDataDir(dir);
    expect(store.loadDoc('m')?.updates).toHaveLength(1);
    expect(store.getMap('m')?.updatedAt).toBe(2);
  });

  it('rejects appending to a map that does not exist', () => {
    expect(() => store.appendUpdate('ghost', new Uint8Array([0, 0]), { updatedAt: 1 })).toThrow();
  });
});
