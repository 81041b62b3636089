import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { haveEngines, TEST_DATABASE_URL } from '../../testing/engines';
import { pgFixture } from '../testing/pgFixture';
import type { PgStore } from './PgStore';

const EMPTY = Y.encodeStateAsUpdate(new Y.Doc());

/** `count` updates of one writer, each setting its own key of `root`. */
function updates(clientId: number, root: string, count: number): Uint8Array[] {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const out: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => out.push(u));
  for (let i = 0; i < count; i++) doc.getMap(root).set(`k${i}`, i);
  doc.destroy();
  return out;
}

/**
 * The journal's one-statement group commit (journalCommit.ts): one batch spanning maps and their
 * comments docs stores what the store's own append stores, row for row.
 */
describe.runIf(haveEngines('postgres'))('PgJournal: one batch over several maps and docs', () => {
  const fixture = pgFixture(TEST_DATABASE_URL ?? '');
  let store: PgStore;
  beforeAll(() => fixture.setup());
  afterAll(() => fixture.teardown());
  beforeEach(async () => {
    store = (await fixture.open()) as PgStore;
    for (const id of ['a', 'b', 'c'])
      store.createMap({ id, title: id.toUpperCase(), createdAt: 1, updatedAt: 1 }, EMPTY);
  });

  it('stores every update in order, logs edits of map docs only, touches each map once with its last title', async () => {
    const onA = updates(1, 'keys', 4);
    const onB = updates(2, 'keys', 3);
    const comments = updates(3, 'threads', 2);
    // Appended in one turn of the loop: one commit carries them all.
    const commitsBefore = store.journal.stats.commits;
    const seqs = await Promise.all([
      store.journal.append({
        docId: 'a',
        update: onA[0]!,
        author: 'p1',
        touch: { updatedAt: 10, title: 'A one' },
      }),
      store.journal.append({ docId: 'b', update: onB[0]!, author: 'p2', touch: { updatedAt: 11 } }),
      store.journal.append({ docId: 'a/comments', update: comments[0]!, author: 'p1' }),
      store.journal.append({
        docId: 'a',
        update: onA[1]!,
        author: 'p1',
        touch: { updatedAt: 12, title: 'A two' },
      }),
      store.journal.append({ docId: 'a', update: onA[2]!, author: null, touch: { updatedAt: 13 } }),
      store.journal.append({ docId: 'b', update: onB[1]!, author: 'p2' }),
      store.journal.append({ docId: 'a/comments', update: comments[1]!, author: 'p1' }),
      store.journal.append({ docId: 'a', update: onA[3]!, author: 'p3', touch: { updatedAt: 14 } }),
      store.journal.append({ docId: 'b', update: onB[2]!, author: 'p2', touch: { updatedAt: 9 } }),
    ]);
    expect(store.journal.stats.commits - commitsBefore).toBe(1);
    expect(seqs.every((s, i) => i === 0 || s > seqs[i - 1]!)).toBe(true);

    expect(store.loadDoc('a')!.updates).toEqual(onA);
    expect(store.loadDoc('b')!.updates).toEqual(onB);
    expect(store.loadDoc('a/comments')!.updates).toEqual(comments);
    expect(store.loadDoc('a')!.lastSeq).toBe(seqs[7]);

    // Edits: map docs only, in append order, with their authors (the comments doc keeps its own).
    expect(store.listEdits('a', 0).map((e) => [e.personId, e.data])).toEqual([
      ['p1', onA[0]],
      ['p1', onA[1]],
      [null, onA[2]],
      ['p3', onA[3]],
    ]);
    expect(store.listEdits('b', 0).map((e) => e.data)).toEqual(onB);

    // One touch per map: the last updatedAt given, the last title given; an untouched map keeps its own.
    expect(store.getMap('a')).toMatchObject({ title: 'A two', updatedAt: 14 });
    expect(store.getMap('b')).toMatchObject({ title: 'B', updatedAt: 9 });
    expect(store.getMap('c')).toMatchObject({ title: 'C', updatedAt: 1 });
  });

  it('refuses the whole batch when one append is for a map that is gone, and stores nothing of it', async () => {
    const [update] = updates(4, 'keys', 1);
    const results = await Promise.allSettled([
      store.journal.append({ docId: 'a', update: update!, author: 'p1', touch: { updatedAt: 20 } }),
      store.journal.append({ docId: 'gone', update: update!, author: 'p1', touch: { updatedAt: 20 } }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(store.loadDoc('a')!.updates).toEqual([]);
    expect(store.getMap('a')).toMatchObject({ updatedAt: 1 });
  });
});
