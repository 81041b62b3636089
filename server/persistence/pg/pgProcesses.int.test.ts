import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { haveEngines, TEST_DATABASE_URL } from '../../testing/engines';
import type { MapStore } from '../MapStore';
import { pgFixture } from '../testing/pgFixture';
import { COMPACT_LOCK_SPACE } from './mapOps';
import type { PgStore } from './PgStore';

const EMPTY = Y.encodeStateAsUpdate(new Y.Doc());

/** `count` updates of one writer (its own client id), each setting its own key: in order, as sent. */
function writerUpdates(clientId: number, prefix: string, count: number): Uint8Array[] {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < count; i++) doc.getMap('keys').set(`${prefix}${i}`, i);
  doc.destroy();
  return updates;
}

function rebuilt(store: MapStore, docId: string): Y.Doc {
  const stored = store.loadDoc(docId)!;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

/**
 * Issue 20: several processes on one database. Two PgStores stand for two processes (each has its
 * own worker connection and journal pool), on a database of this file's own.
 */
describe.runIf(haveEngines('postgres'))('PgStore: two processes on one database', () => {
  const fixture = pgFixture(TEST_DATABASE_URL ?? '');
  let a: MapStore;
  let b: PgStore;
  let raw: pg.Client;
  beforeAll(async () => {
    await fixture.setup();
    b = fixture.extra();
    raw = new pg.Client({ connectionString: fixture.url() });
    await raw.connect();
  });
  afterAll(async () => {
    await raw.end();
    await fixture.teardown();
  });
  beforeEach(async () => {
    a = await fixture.open();
    a.createMap({ id: 'm', title: 'M', createdAt: 1, updatedAt: 1 }, EMPTY);
  });
  const journalOf = (store: MapStore) => (store as PgStore).journal;

  it("sees the other's maps, links, versions, trash and secret", () => {
    expect(b.getMap('m')).toMatchObject({ id: 'm', title: 'M' });
    a.links.createLink({
      id: 'l1',
      mapId: 'm',
      role: 'viewer',
      createdAt: 2,
      expiresAt: null,
      revokedAt: null,
    });
    expect(b.links.getLink('l1')).toMatchObject({ mapId: 'm', role: 'viewer', revokedAt: null });
    b.links.revokeLink('m', 'l1', 3);
    expect(a.links.getLink('l1')?.revokedAt).toBe(3);
    b.insertVersion(
      {
        id: 'v1',
        mapId: 'm',
        kind: 'named',
        reason: 'named',
        name: 'Before the workshop',
        takenAt: 4,
        takenBy: null,
        people: [],
        changes: { added: 0, removed: 0, changed: 0 },
        restoredFrom: null,
        editSeq: 0,
      },
      { map: EMPTY, comments: EMPTY },
    );
    expect(a.listVersions('m').map((v) => v.name)).toEqual(['Before the workshop']);
    expect(a.trashMap('m', 5)).toBe(true);
    expect(b.loadDoc('m')).toBeUndefined();
    expect(b.listTrash().map((m) => m.id)).toEqual(['m']);
    expect((a as PgStore).sharedSecret()).toBe(b.sharedSecret());
  });

  it('keeps every row and each process’s order when both append to one doc at once', async () => {
    const fromA = writerUpdates(1, 'a', 120);
    const fromB = writerUpdates(2, 'b', 120);
    // Interleaved, as two busy processes would send them; each journal groups what it can.
    const [seqsA, seqsB] = await Promise.all([
      Promise.all(
        fromA.map((update) =>
          journalOf(a).append({ docId: 'm', update, author: 'p_a', touch: { updatedAt: 7 } }),
        ),
      ),
      Promise.all(
        fromB.map((update) =>
          b.journal.append({ docId: 'm', update, author: 'p_b', touch: { updatedAt: 8 } }),
        ),
      ),
    ]);
    for (const seqs of [seqsA, seqsB]) expect(seqs.every((s, i) => i === 0 || s > seqs[i - 1]!)).toBe(true);
    expect(new Set([...seqsA, ...seqsB]).size).toBe(240);
    expect(a.loadDoc('m')!.updates).toHaveLength(240);
    // The edit log keeps each process's updates in the order it sent them.
    const edits = b.listEdits('m', 0);
    expect(edits.filter((e) => e.personId === 'p_a').map((e) => e.data)).toEqual(fromA);
    expect(edits.filter((e) => e.personId === 'p_b').map((e) => e.data)).toEqual(fromB);
    expect(rebuilt(b, 'm').getMap('keys').size).toBe(240);
  });

  it('loses nothing when one process compacts while the other appends', async () => {
    const updates = writerUpdates(3, 'k', 150);
    const appending = (async () => {
      for (let i = 0; i < updates.length; i += 10) {
        await Promise.all(updates.slice(i, i + 10).map((update) => b.journal.append({ docId: 'm', update })));
      }
    })();
    // A compacts with an empty state of its own: the snapshot must come from the database.
    for (let round = 0; round < 6; round++) {
      a.compact('m', EMPTY, a.loadDoc('m')!.lastSeq);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await appending;
    a.compact('m', EMPTY, b.loadDoc('m')!.lastSeq);
    const stored = a.loadDoc('m')!;
    expect(stored.updates).toEqual([]);
    const doc = rebuilt(b, 'm');
    expect(doc.getMap('keys').size).toBe(150);
    expect(doc.getMap('keys').get('k149')).toBe(149);
  });

  it('keeps a row with a lower seq that was committed after the compaction read the log', async () => {
    const [early, late] = writerUpdates(4, 'x', 2);
    // A writer that drew its seq first but commits last (a slow commit in another process).
    await raw.query('BEGIN');
    await raw.query("INSERT INTO updates (doc_id, map_id, data, created_at) VALUES ('m', 'm', $1, 1)", [
      Buffer.from(early!),
    ]);
    const seq = await b.journal.append({ docId: 'm', update: late! });
    a.compact('m', EMPTY, seq);
    expect(a.loadDoc('m')!.updates).toEqual([]);
    await raw.query('COMMIT');
    const stored = b.loadDoc('m')!;
    expect(stored.updates).toEqual([early]);
    expect(stored.lastSeq).toBeLessThan(seq);
    expect(rebuilt(a, 'm').getMap('keys').toJSON()).toEqual({ x0: 0, x1: 1 });
  });

  it('compacts a doc in one process at a time: a held lock skips, it does not wait', async () => {
    await b.journal.append({ docId: 'm', update: writerUpdates(5, 'y', 1)[0]! });
    await raw.query('BEGIN');
    await raw.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [COMPACT_LOCK_SPACE, 'm']);
    a.compact('m', EMPTY, b.loadDoc('m')!.lastSeq);
    // Calls run after the compaction in A's worker: it has finished, and skipped.
    expect(a.loadDoc('m')!.updates).toHaveLength(1);
    await raw.query('COMMIT');
    a.compact('m', EMPTY, b.loadDoc('m')!.lastSeq);
    expect(a.loadDoc('m')!.updates).toEqual([]);
    expect(rebuilt(b, 'm').getMap('keys').get('y0')).toBe(0);
  });
});
