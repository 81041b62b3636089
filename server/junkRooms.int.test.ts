import path from 'node:path';
import Database from 'better-sqlite3';
import * as prng from 'lib0/prng';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStage } from '../model';
import {
  mapOf,
  startTestServer,
  upgradeStatus,
  waitFor,
  waitForSync,
  type TestServer,
} from './testing/harness';

/**
 * Room names come from URLs anybody can type: a connect to a name that is not a stored map must be
 * refused before any room (a Y.Doc in memory) or row exists for it, however many arrive. Otherwise
 * a script looping over random names grows the server's memory and database without limit.
 */
const JUNK_CONNECTS = 5000;
/** Upgrades in flight at once: enough to overlap, few enough for a shared 2-core machine. */
const CONCURRENCY = 50;
/**
 * Heap the server may keep after 5,000 refusals, after GC. A room per name (Y.Doc + awareness)
 * would be tens of MB; this leaves room for JIT and allocator noise only.
 */
const HEAP_SLACK_BYTES = 8 * 1024 * 1024;

describe('junk room names', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer({ roomTtlMs: 50 });
  });
  afterEach(() => t.dispose());

  it(`refuses ${JUNK_CONNECTS} connects to junk rooms with 404, creating no room, row or heap`, async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    expect(gc, 'vitest.config.ts runs integration tests with --expose-gc').toBeTypeOf('function');
    const mapId = await t.createMap();
    const deletedId = await t.createMap();
    expect((await t.api(`/api/maps/${deletedId}`, { method: 'DELETE' })).status).toBeLessThan(300);
    const seed = Number(process.env.JUNK_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const names = junkNames(prng.create(seed), { realId: mapId, deletedId }, JUNK_CONNECTS);
    const before = { rooms: t.server.rooms.loadedCount, rows: rowCounts(t.dataDir) };
    expect(before.rooms).toBe(0);
    // Warm up the code paths (JIT, agent pools) so the heap baseline is not the cost of a first call.
    await refuseAll(t, names.slice(0, 200));
    const heapBefore = await settledHeap(gc!);

    const statuses = await refuseAll(t, names);
    const accepted = names.filter((_, i) => statuses[i] !== 404);
    expect(accepted, `names not refused with 404 (JUNK_SEED=${seed})`).toEqual([]);
    expect(t.server.rooms.loadedCount).toBe(before.rooms);
    expect(rowCounts(t.dataDir)).toEqual(before.rows);
    const grown = (await settledHeap(gc!)) - heapBefore;
    console.info(
      `[junk rooms] ${JUNK_CONNECTS} refused; heap after GC ${(grown / 1024).toFixed(0)} KB vs before`,
    );
    expect(grown, `heap grew by ${(grown / 1024 / 1024).toFixed(1)} MB`).toBeLessThan(HEAP_SLACK_BYTES);

    // The real map still works, and its room goes away again once its people leave.
    const a = t.connect(mapId);
    const b = t.connect(mapId);
    await Promise.all([waitForSync(a), waitForSync(b)]);
    addStage(a.doc, { name: 'After the junk' });
    await waitFor(() => mapOf(b.doc).stages.some((s) => s.name === 'After the junk'));
    expect(t.server.rooms.loadedCount).toBe(1);
    a.provider.destroy();
    b.provider.destroy();
    await waitFor(() => t.server.rooms.loadedCount === 0, 5000, 'idle room unloaded');
  }, 120_000);

  it('closes sockets with a junk share token on a real map (4401) before its room loads', async () => {
    const mapId = await t.createMap();
    const tokens = ['junk', 'a.b', '', `${'x'.repeat(300)}.${'y'.repeat(300)}`, 'eyJ2IjoxfQ.c2ln'];
    for (let i = 0; i < 200; i++) {
      const token = tokens[i % tokens.length]!;
      const raw = await t.rawSocket(mapId, { token: token === '' ? '%20' : token });
      expect((await raw.closed).code).toBe(4401);
      expect(raw.messages).toEqual([]);
    }
    expect(t.server.rooms.loadedCount).toBe(0);
  });
});

/**
 * Room names a script or a typo produces: ids that look like ours but are unknown (some one
 * character off the real map's, or a deleted map's), the same under `/comments`, malformed ids
 * (wrong characters, too long, broken escapes, dot segments, extra path segments) and random text.
 */
function junkNames(gen: prng.PRNG, ids: { realId: string; deletedId: string }, count: number): string[] {
  const { realId, deletedId } = ids;
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-';
  const validLooking = () => `map_${prng.word(gen, 9, 9).replace(/[^A-Za-z0-9]/g, 'x')}`;
  const nearMiss = () => {
    const i = prng.int32(gen, 0, realId.length - 1);
    const c = alphabet[prng.int32(gen, 0, alphabet.length - 1)]!;
    const changed = realId.slice(0, i) + c + realId.slice(i + 1);
    return changed === realId ? `${realId}x` : changed;
  };
  const kinds: Array<() => string> = [
    validLooking,
    () => `${validLooking()}/comments`,
    nearMiss,
    () => `${nearMiss()}/comments`,
    () => `${realId}/${prng.word(gen, 1, 12).replace(/[^a-z]/g, 'z')}`,
    () => (prng.bool(gen) ? deletedId : `${deletedId}/comments`),
    () => 'a'.repeat(prng.int32(gen, 65, 2000)),
    // Any BMP characters outside the surrogates (a lone surrogate cannot be put in a URL at all).
    () =>
      encodeURIComponent(
        String.fromCodePoint(
          ...Array.from({ length: prng.int32(gen, 1, 40) }, () => prng.int32(gen, 0x20, 0xd7ff)),
        ),
      ),
    () => encodeURIComponent(`map ${prng.word(gen, 1, 8)}!*'()`),
    () => `%${prng.int32(gen, 0, 9)}Z${validLooking()}`,
    () => `..%2F..%2F${validLooking()}`,
    () => `${validLooking()}%00`,
    () => `${validLooking()}/comments/extra`,
    () => '',
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]!());
}

/** Upgrade attempts to `/ws/<name>`, CONCURRENCY at a time; the HTTP status of each, in order. */
async function refuseAll(t: TestServer, names: string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < names.length; i += CONCURRENCY) {
    const batch = names.slice(i, i + CONCURRENCY);
    statuses.push(
      ...(await Promise.all(
        batch.map((name) => upgradeStatus(`${t.wsBase}/${name}`.replace(/^ws/, 'http'))),
      )),
    );
  }
  return statuses;
}

/** Rows per table, read through a second, read-only connection. */
function rowCounts(dataDir: string): Record<string, number> {
  const db = new Database(path.join(dataDir, 'journey.sqlite'), { readonly: true });
  try {
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return Object.fromEntries(
      ['maps', 'snapshots', 'updates', 'share_links'].map((table) => [table, count(table)]),
    );
  } finally {
    db.close();
  }
}

/** heapUsed after full collections, with the event loop turned so closed sockets are released. */
async function settledHeap(gc: () => void): Promise<number> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 20));
    gc();
  }
  return process.memoryUsage().heapUsed;
}
