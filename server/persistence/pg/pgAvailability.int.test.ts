import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStage } from '../../../model';
import { CloseCode } from '../../closeCodes';
import { haveEngines, TEST_DATABASE_URL } from '../../testing/engines';
import {
  mapOf,
  startTestServer,
  storedDoc,
  waitFor,
  waitForSync,
  type TestServer,
} from '../../testing/harness';
import { StorageUnavailableError } from '../StorageUnavailableError';
import { pgFixture } from '../testing/pgFixture';
import { PgJournal } from './PgJournal';

const EMPTY = Y.encodeStateAsUpdate(new Y.Doc());

/** Issue 20: the journal's failures, and PostgreSQL going away and coming back mid-session. */
describe.runIf(haveEngines('postgres'))('PgStore: failures and an unavailable database', () => {
  const fixture = pgFixture(TEST_DATABASE_URL ?? '');
  let t: TestServer | undefined;
  beforeAll(() => fixture.setup());
  afterAll(() => fixture.teardown());
  afterEach(async () => {
    await fixture.setAvailable(true);
    await t?.dispose();
    t = undefined;
  });

  it('commits one tick of appends together, and what arrives meanwhile in the next commit', async () => {
    const store = await fixture.open();
    store.createMap({ id: 'm', title: 'M', createdAt: 1, updatedAt: 1 }, EMPTY);
    store.createMap({ id: 'n', title: 'N', createdAt: 1, updatedAt: 1 }, EMPTY);
    const journal = new PgJournal(fixture.url());
    try {
      const first = Array.from({ length: 40 }, (_, i) =>
        journal.append({ docId: i % 2 ? 'm' : 'n/comments', update: EMPTY, touch: { updatedAt: 2 } }),
      );
      // Made once the first commit is under way: these wait for it and then go together.
      await new Promise((resolve) => setImmediate(resolve));
      const second = Array.from({ length: 25 }, () => journal.append({ docId: 'm', update: EMPTY }));
      const seqs = await Promise.all([...first, ...second]);
      expect(journal.stats).toEqual({ commits: 2, appends: 65 });
      // Resolved in the order made, with the order they were made in.
      expect(seqs.every((s, i) => i === 0 || s > seqs[i - 1]!)).toBe(true);
      expect(store.loadDoc('m')!.updates).toHaveLength(45);
      expect(store.loadDoc('n/comments')!.updates).toHaveLength(20);
    } finally {
      await journal.close();
    }
  });

  it('rejects every append of a failed commit and stores none of them', async () => {
    const store = await fixture.open();
    store.createMap({ id: 'm', title: 'M', createdAt: 1, updatedAt: 1 }, EMPTY);
    const journal = new PgJournal(fixture.url());
    try {
      // Same tick, same commit: the ghost map's row fails it, so the good row is not stored either.
      const results = await Promise.allSettled([
        journal.append({ docId: 'm', update: EMPTY, touch: { updatedAt: 5 } }),
        journal.append({ docId: 'ghost', update: EMPTY, touch: { updatedAt: 5 } }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      expect(store.loadDoc('m')!.updates).toEqual([]);
      expect(store.getMap('m')?.updatedAt).toBe(1);
      // The next commit is a new transaction: it goes through.
      expect(await journal.append({ docId: 'm', update: EMPTY })).toBeGreaterThan(0);
    } finally {
      await journal.close();
    }
    await expect(journal.append({ docId: 'm', update: EMPTY })).rejects.toThrow(/closed/);
  });

  it('refuses writes while PostgreSQL is down (1013, 503, rejected appends) and recovers when it is back', async () => {
    const store = fixture.extra();
    t = await startTestServer({ store, storageRetryMs: 200 });
    const mapId = await t.createMap({ template: 'blank' });
    const client = t.connect(mapId);
    await waitForSync(client);

    await fixture.setAvailable(false);
    const listed = await fetch(`${t.server.url}/api/maps`);
    expect(listed.status).toBe(503);
    expect(listed.headers.get('retry-after')).toBe(String(StorageUnavailableError.RETRY_AFTER_SECONDS));
    expect(((await listed.json()) as { code: string }).code).toBe('storage_unavailable');
    await expect(store.journal.append({ docId: mapId, update: EMPTY })).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
    addStage(client.doc, { name: 'Written while the database was down' });
    // Never acknowledged: the room closes with "try again later" instead of broadcasting it.
    expect((await client.closed).code).toBe(CloseCode.TRY_AGAIN_LATER);

    await fixture.setAvailable(true);
    expect((await fetch(`${t.server.url}/api/maps`)).status).toBe(200);
    // The journal's pool connects again too.
    expect(await store.journal.append({ docId: mapId, update: EMPTY })).toBeGreaterThan(0);
    // The stock client reconnects by itself (1013) and sends the edit again; now it is stored.
    await waitFor(
      () => {
        const doc = storedDoc(store, mapId);
        return (
          doc !== undefined && mapOf(doc).stages.some((s) => s.name === 'Written while the database was down')
        );
      },
      15_000,
      'edit stored after PostgreSQL came back',
    );
  });
});
