import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { VersionRecord } from '../HistoryStore';
import type { MapStore } from '../MapStore';
import type { StoreFixture } from './StoreFixture';

export const EMPTY = Y.encodeStateAsUpdate(new Y.Doc());

/** The same bytes for the same title (a fixed client id). */
export function stateWith(title: string): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 1;
  doc.getMap('meta').set('title', title);
  return Y.encodeStateAsUpdate(doc);
}

export function version(mapId: string, id: string, takenAt: number): Omit<VersionRecord, 'stateHash'> {
  return {
    id,
    mapId,
    kind: 'auto',
    reason: 'session-start',
    name: null,
    takenAt,
    takenBy: null,
    people: [{ id: 'p_ann', name: 'Ann' }],
    changes: { added: 1, removed: 0, changed: 2 },
    restoredFrom: null,
    editSeq: 0,
  };
}

/** HistoryStore's contract (versions, the edit log, client ids), run on every engine. */
export function historyStoreSuite(fixture: StoreFixture): void {
  let store: MapStore;

  beforeEach(async () => {
    store = await fixture.open();
    store.createMap({ id: 'm', title: 'M', createdAt: 1, updatedAt: 1 }, EMPTY);
    store.createMap({ id: 'other', title: 'O', createdAt: 1, updatedAt: 1 }, EMPTY);
  });
  afterEach(async () => {
    await fixture.release(store);
  });

  it('stores versions, lists them newest first and reads their states back', () => {
    store.insertVersion(version('m', 'v1', 10), { map: stateWith('one'), comments: EMPTY });
    const second = store.insertVersion(
      { ...version('m', 'v2', 20), kind: 'named', reason: 'named', name: 'Exec review' },
      { map: stateWith('two'), comments: stateWith('c') },
    );
    expect(store.listVersions('m').map((v) => v.id)).toEqual(['v2', 'v1']);
    expect(store.getVersion('m', 'v2')).toEqual(second);
    expect(store.getVersion('m', 'v2')!.people).toEqual([{ id: 'p_ann', name: 'Ann' }]);
    expect(store.versionStates('m', 'v2')).toEqual({ map: stateWith('two'), comments: stateWith('c') });
    // Not found through another map.
    expect(store.getVersion('other', 'v2')).toBeUndefined();
    expect(store.versionStates('other', 'v2')).toBeUndefined();
  });

  it('shares one state between versions with equal states and drops it with its last version', async () => {
    const a = store.insertVersion(version('m', 'a', 1), { map: stateWith('same'), comments: EMPTY });
    const b = store.insertVersion(version('m', 'b', 2), { map: stateWith('same'), comments: EMPTY });
    store.insertVersion(version('m', 'c', 3), { map: stateWith('new'), comments: EMPTY });
    expect(a.stateHash).toBe(b.stateHash);
    expect(await fixture.count('version_states')).toBe(2);
    expect(store.deleteVersions('m', ['a'])).toBe(1);
    expect(await fixture.count('version_states')).toBe(2);
    expect(store.versionStates('m', 'b')!.map).toEqual(stateWith('same'));
    expect(store.deleteVersions('m', ['b', 'c'])).toBe(2);
    expect(await fixture.count('version_states')).toBe(0);
    // Another map's version is not deleted through this map.
    store.insertVersion(version('other', 'x', 1), { map: EMPTY, comments: EMPTY });
    expect(store.deleteVersions('m', ['x'])).toBe(0);
    expect(store.getVersion('other', 'x')).toBeDefined();
  });

  it('logs map updates as edits by their author in the same transaction, not comments', async () => {
    const seq = store.appendUpdate('m', stateWith('x'), { updatedAt: 500 }, 'p_ann');
    store.appendUpdate('m/comments', stateWith('comment'), undefined, 'p_ann');
    store.appendUpdate('m', stateWith('y'), { updatedAt: 600 });
    expect(seq).toBeGreaterThan(0);
    const edits = store.listEdits('m', 0);
    expect(edits.map((e) => [e.personId, e.at])).toEqual([
      ['p_ann', 500],
      [null, 600],
    ]);
    expect(edits[0]!.data).toEqual(stateWith('x'));
    expect(store.lastEditSeq('m')).toBe(edits[1]!.seq);
    expect(store.listEdits('m', edits[0]!.seq).map((e) => e.at)).toEqual([600]);
    expect(store.lastEditSeq('other')).toBe(0);
    // An update that fails (no such map) logs no edit either.
    expect(() => store.appendUpdate('ghost', stateWith('z'), { updatedAt: 1 }, 'p_ann')).toThrow();
    expect(await fixture.count('edits')).toBe(2);
  });

  it('prunes edits older than the window, per map', () => {
    store.appendUpdate('m', stateWith('old'), { updatedAt: 100 });
    store.appendUpdate('m', stateWith('new'), { updatedAt: 900 });
    store.appendUpdate('other', stateWith('old'), { updatedAt: 100 });
    expect(store.pruneEdits('m', 500)).toBe(1);
    expect(store.listEdits('m', 0).map((e) => e.at)).toEqual([900]);
    expect(store.listEdits('other', 0)).toHaveLength(1);
  });

  it('keeps the first person to claim a client id', () => {
    store.recordDocClients('m', 'p_ann', [11, 12], 5);
    store.recordDocClients('m', 'p_bob', [12, 13], 6);
    expect(store.listDocClients('m')).toEqual([
      { clientId: 11, personId: 'p_ann', firstAt: 5 },
      { clientId: 12, personId: 'p_ann', firstAt: 5 },
      { clientId: 13, personId: 'p_bob', firstAt: 6 },
    ]);
    expect(store.listDocClients('other')).toEqual([]);
  });

  it('stores the client ids a journal append claims for its author, in its commit', async () => {
    await Promise.all([
      store.journal.append({
        docId: 'm',
        update: stateWith('x'),
        touch: { updatedAt: 7 },
        author: 'p_ann',
        claims: [11, 12],
      }),
      store.journal.append({
        docId: 'm',
        update: stateWith('y'),
        touch: { updatedAt: 8 },
        author: 'p_bob',
        claims: [12, 13],
      }),
      // The comments doc has no edit log and claims nothing.
      store.journal.append({ docId: 'other/comments', update: stateWith('z'), author: 'p_cy', claims: [14] }),
    ]);
    expect(store.listDocClients('m')).toEqual([
      { clientId: 11, personId: 'p_ann', firstAt: 7 },
      { clientId: 12, personId: 'p_ann', firstAt: 7 },
      { clientId: 13, personId: 'p_bob', firstAt: 8 },
    ]);
    expect(store.listDocClients('other')).toEqual([]);
  });

  it('compaction never drops a version or an edit', () => {
    store.insertVersion(version('m', 'v1', 1), { map: stateWith('one'), comments: EMPTY });
    const last = store.appendUpdate('m', stateWith('a'), { updatedAt: 2 }, 'p_ann');
    store.appendUpdate('m', stateWith('b'), { updatedAt: 3 }, 'p_bob');
    store.compact('m', stateWith('b'), last + 1);
    expect(store.loadDoc('m')!.updates).toEqual([]);
    expect(store.listVersions('m').map((v) => v.id)).toEqual(['v1']);
    expect(store.versionStates('m', 'v1')!.map).toEqual(stateWith('one'));
    expect(store.listEdits('m', 0).map((e) => e.personId)).toEqual(['p_ann', 'p_bob']);
  });

  it('deletes the whole history with its map, even a state equal to another map’s', async () => {
    store.insertVersion(version('m', 'v1', 1), { map: EMPTY, comments: EMPTY });
    store.insertVersion(version('other', 'o1', 1), { map: EMPTY, comments: EMPTY });
    store.appendUpdate('m', stateWith('a'), { updatedAt: 2 }, 'p_ann');
    store.recordDocClients('m', 'p_ann', [1], 2);
    expect(store.deleteMap('m')).toBe(true);
    expect(store.listVersions('m')).toEqual([]);
    expect(store.listEdits('m', 0)).toEqual([]);
    expect(store.listDocClients('m')).toEqual([]);
    expect(store.versionStates('other', 'o1')).toEqual({ map: EMPTY, comments: EMPTY });
    expect(await fixture.count('version_states')).toBe(1);
  });
}
