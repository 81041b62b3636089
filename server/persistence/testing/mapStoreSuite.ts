import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MapStore } from '../MapStore';
import type { StoreFixture } from './StoreFixture';

function docWith(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap('meta').set('title', text);
  return doc;
}

export function rebuild(stored: { snapshot: Uint8Array; updates: Uint8Array[] }): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

/** MapStore's contract (maps, docs, compaction, comments docs, share links), run on every engine. */
export function mapStoreSuite(fixture: StoreFixture): void {
  let store: MapStore;

  beforeEach(async () => {
    store = await fixture.open();
  });
  afterEach(async () => {
    await fixture.release(store);
  });

  it('creates and lists maps, most recently updated first', () => {
    store.createMap({ id: 'a', title: 'A', createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(new Y.Doc()));
    store.createMap({ id: 'b', title: 'B', createdAt: 2, updatedAt: 2 }, Y.encodeStateAsUpdate(new Y.Doc()));
    expect(store.listMaps().map((m) => m.id)).toEqual(['b', 'a']);
    store.appendUpdate('a', Y.encodeStateAsUpdate(docWith('x')), { updatedAt: 3 });
    expect(store.listMaps().map((m) => m.id)).toEqual(['a', 'b']);
    expect(store.getMap('a')).toEqual({
      id: 'a',
      title: 'A',
      createdAt: 1,
      updatedAt: 3,
      owner: null,
      deletedAt: null,
    });
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

  it('survives reopening the store (durable)', async () => {
    store.createMap({ id: 'm', title: 't', createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(docWith('t')));
    store.appendUpdate('m', Y.encodeStateAsUpdate(docWith('u')), { updatedAt: 2 });
    store = await fixture.reopen(store);
    expect(store.loadDoc('m')?.updates).toHaveLength(1);
    expect(store.getMap('m')?.updatedAt).toBe(2);
  });

  it('rejects appending to a map that does not exist', () => {
    expect(() => store.appendUpdate('ghost', new Uint8Array([0, 0]), { updatedAt: 1 })).toThrow();
  });

  it("keeps a map's comments doc apart: own log and snapshot, no row in the maps list", () => {
    store.createMap(
      { id: 'm', title: 'Map', createdAt: 1, updatedAt: 1 },
      Y.encodeStateAsUpdate(docWith('Map')),
    );
    // Nothing stored yet: loads as an empty doc (the map exists).
    const empty = store.loadDoc('m/comments')!;
    expect(empty.updates).toEqual([]);
    expect(rebuild(empty).share.size).toBe(0);
    expect(store.loadDoc('nope/comments')).toBeUndefined();
    expect(store.loadDoc('m/other')).toBeUndefined();

    const seq = store.appendUpdate('m/comments', Y.encodeStateAsUpdate(docWith('a comment')));
    expect(store.listMaps().map((m) => m.id)).toEqual(['m']);
    // A comment does not touch the map's row.
    expect(store.getMap('m')).toMatchObject({ title: 'Map', updatedAt: 1 });
    expect(store.loadDoc('m')!.updates).toEqual([]);
    const comments = store.loadDoc('m/comments')!;
    expect(comments.lastSeq).toBe(seq);
    expect(rebuild(comments).getMap('meta').get('title')).toBe('a comment');

    store.compact('m/comments', Y.encodeStateAsUpdate(rebuild(comments)), seq);
    expect(store.loadDoc('m/comments')!.updates).toEqual([]);
    expect(rebuild(store.loadDoc('m/comments')!).getMap('meta').get('title')).toBe('a comment');
    expect(rebuild(store.loadDoc('m')!).getMap('meta').get('title')).toBe('Map');
  });

  it('stores share links, lists them newest first and revokes them once', () => {
    store.createMap({ id: 'm', title: 't', createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(docWith('t')));
    const base = { mapId: 'm', expiresAt: null, revokedAt: null } as const;
    store.links.createLink({ ...base, id: 'l1', role: 'viewer', createdAt: 10 });
    store.links.createLink({ ...base, id: 'l2', role: 'editor', createdAt: 20, expiresAt: 99 });
    expect(store.links.listLinks('m').map((l) => l.id)).toEqual(['l2', 'l1']);
    expect(store.links.getLink('l2')).toEqual({
      ...base,
      id: 'l2',
      role: 'editor',
      createdAt: 20,
      expiresAt: 99,
      createdBy: null,
      mintedByLink: null,
      name: null,
    });
    expect(store.links.revokeLink('m', 'l1', 30)).toEqual(['l1']);
    expect(store.links.revokeLink('m', 'l1', 40)).toEqual(['l1']);
    expect(store.links.getLink('l1')?.revokedAt).toBe(30);
    expect(store.links.revokeLink('other', 'l2', 30)).toEqual([]);
    expect(store.links.revokeLink('m', 'nope', 30)).toEqual([]);
    expect(() =>
      store.links.createLink({ ...base, id: 'l3', mapId: 'ghost', role: 'viewer', createdAt: 1 }),
    ).toThrow();
  });

  it('deleting a map deletes its comments and its share links', () => {
    store.createMap({ id: 'm', title: 't', createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(docWith('t')));
    store.appendUpdate('m/comments', Y.encodeStateAsUpdate(docWith('c')));
    store.compact('m/comments', Y.encodeStateAsUpdate(docWith('c')), 0);
    store.appendUpdate('m/comments', Y.encodeStateAsUpdate(docWith('d')));
    store.links.createLink({
      id: 'l1',
      mapId: 'm',
      role: 'viewer',
      createdAt: 1,
      expiresAt: null,
      revokedAt: null,
    });
    expect(store.deleteMap('m')).toBe(true);
    expect(store.links.getLink('l1')).toBeUndefined();
    store.createMap(
      { id: 'm', title: 'new', createdAt: 3, updatedAt: 3 },
      Y.encodeStateAsUpdate(new Y.Doc()),
    );
    const comments = store.loadDoc('m/comments')!;
    expect(comments.updates).toEqual([]);
    expect(rebuild(comments).share.size).toBe(0);
  });
}
