import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { addStage } from '../model';
import { CloseCode } from './closeCodes';
import { DEFAULT_CONFIG } from './config';
import { SqliteStore } from './persistence/SqliteStore';
import { QUERY_AWARENESS_FRAME, updateFrame } from './testing/frames';
import { mapOf, startTestServer, storedDoc, waitFor, waitForSync, type TestServer } from './testing/harness';

/**
 * `size` bytes under `key` in a scratch root (readMap ignores it; the limits only see bytes), as one
 * update made against `base`.
 */
function bigUpdate(base: Y.Doc, key: string, size: number): Uint8Array {
  const local = new Y.Doc();
  Y.applyUpdate(local, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(local);
  local.getMap('scratch').set(key, 'x'.repeat(size));
  return Y.encodeStateAsUpdate(local, before);
}

const has = (doc: Y.Doc, key: string) => doc.getMap('scratch').has(key);

it('defaults to 1 MiB messages and a 32 MiB map', () => {
  expect(DEFAULT_CONFIG.maxMessageBytes).toBe(1024 * 1024);
  expect(DEFAULT_CONFIG.maxDocBytes).toBe(32 * 1024 * 1024);
});

describe('server limits', () => {
  let t: TestServer;
  afterEach(() => t.dispose());

  it('refuses a write that would grow the map past its size limit with 4413; nothing of it is kept', async () => {
    t = await startTestServer({ maxDocBytes: 96 * 1024, maxMessageBytes: 64 * 1024 });
    const mapId = await t.createMap();
    const watcher = t.connect(mapId);
    await waitForSync(watcher);
    const first = await t.rawSocket(mapId);
    first.ws.send(updateFrame(bigUpdate(watcher.doc, 'first', 50_000)));
    await waitFor(() => has(watcher.doc, 'first'), 5000, 'first write');

    const second = await t.rawSocket(mapId);
    second.ws.send(updateFrame(bigUpdate(watcher.doc, 'second', 50_000)));
    const closed = await second.closed;
    expect(closed).toEqual({ code: CloseCode.DOC_TOO_LARGE, reason: 'map is at its size limit (0.1 MiB)' });
    expect(t.logs.some((l) => l.includes('ws.refused_message') && l.includes('code=4413'))).toBe(true);
    // Small edits still go through, the refused one is nowhere.
    addStage(watcher.doc, { name: 'small' });
    const fresh = t.connect(mapId);
    await waitFor(() => mapOf(fresh.doc).stages.some((s) => s.name === 'small'), 5000, 'small edit');
    expect(has(fresh.doc, 'second')).toBe(false);
    expect(has(storedDoc(t.server.store, mapId)!, 'second')).toBe(false);
  });

  it('closes a connection that sends faster than its message budget with 4429; others are unaffected', async () => {
    t = await startTestServer({ maxMessagesPerSecond: 20 });
    const mapId = await t.createMap();
    const a = t.connect(mapId);
    const b = t.connect(mapId);
    await Promise.all([waitForSync(a), waitForSync(b)]);
    const flood = await t.rawSocket(mapId);
    for (let i = 0; i < 200; i++) flood.ws.send(QUERY_AWARENESS_FRAME);
    expect(await flood.closed).toEqual({
      code: CloseCode.RATE_LIMITED,
      reason: 'too many messages per second',
    });
    addStage(a.doc, { name: 'still syncing' });
    await waitFor(
      () => mapOf(b.doc).stages.some((s) => s.name === 'still syncing'),
      5000,
      'edit after the flood',
    );
  });

  it('closes a connection that sends more bytes per second than its budget with 4429', async () => {
    t = await startTestServer({ maxBytesPerSecond: 16 * 1024, maxMessageBytes: 64 * 1024 });
    const mapId = await t.createMap();
    const watcher = t.connect(mapId);
    await waitForSync(watcher);
    const heavy = await t.rawSocket(mapId);
    // 40 KB passes (the burst is 32 KB… so the second 20 KB update is refused).
    heavy.ws.send(updateFrame(bigUpdate(watcher.doc, 'a', 20_000)));
    heavy.ws.send(updateFrame(bigUpdate(watcher.doc, 'b', 20_000)));
    expect((await heavy.closed).code).toBe(CloseCode.RATE_LIMITED);
    await waitFor(() => has(watcher.doc, 'a'), 5000, 'first update');
    expect(has(watcher.doc, 'b')).toBe(false);
  });

  it("does not charge a slow disk to the writer's apply-time budget", async () => {
    // Every commit takes 80 ms more (an SD card, a busy NAS): 40 edits cost 3.2 s of saving, more
    // than a connection's whole apply budget (a 2 s burst); none of it is the client's doing.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-slow-'));
    const sqlite = SqliteStore.inDataDir(dir);
    const append = sqlite.journal.append.bind(sqlite.journal);
    let disk = Promise.resolve();
    sqlite.journal.append = (entry) => {
      // One slow commit after another, in order, as one disk would.
      const done = disk.then(() => new Promise<void>((r) => setTimeout(r, 80))).then(() => append(entry));
      disk = done.then(noop, noop);
      return done;
    };
    t = await startTestServer({ store: sqlite });
    const mapId = await t.createMap();
    const writer = t.connect(mapId);
    await waitForSync(writer);
    for (let i = 0; i < 40; i++) addStage(writer.doc, { name: `slow ${i}` });
    await waitFor(
      () => mapOf(storedDoc(sqlite, mapId)!).stages.filter((s) => s.name.startsWith('slow ')).length === 40,
      20_000,
      'every edit saved',
    );
    expect(writer.provider.wsconnected).toBe(true);
    expect(t.logs.some((l) => l.includes('code=4429'))).toBe(false);
    await fs.rm(dir, { recursive: true, force: true });
  }, 30_000);

  it('drops a backlog of updates whose dependencies never arrive, and the connection with it', async () => {
    t = await startTestServer({ maxMessageBytes: 32 * 1024 });
    const mapId = await t.createMap();
    const watcher = t.connect(mapId);
    await waitForSync(watcher);
    // One writer's edits 2..n, sent without edit 1: Yjs keeps them pending, waiting for it.
    const local = new Y.Doc();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(watcher.doc));
    addStage(local, { name: 'never sent' });
    const raw = await t.rawSocket(mapId);
    for (let i = 0; i < 4; i++) {
      const before = Y.encodeStateVector(local);
      local.getMap('scratch').set(`gap ${i}`, 'x'.repeat(12_000));
      raw.ws.send(updateFrame(Y.encodeStateAsUpdate(local, before)));
    }
    const closed = await raw.closed;
    expect(closed.code).toBe(CloseCode.MALFORMED_MESSAGE);
    expect(closed.reason).toBe('malformed message: update depends on changes the server never received');
    const room = t.server.rooms.acquire(mapId, 'map')!;
    expect(room.doc.store.pendingStructs).toBeNull();
    expect(has(watcher.doc, 'gap 0')).toBe(false);
  });

  it('refuses an update carrying a subdocument before Yjs decodes it', async () => {
    t = await startTestServer();
    const mapId = await t.createMap();
    const watcher = t.connect(mapId);
    await waitForSync(watcher);
    const local = new Y.Doc();
    local.getMap('meta').set('bomb', new Y.Doc());
    const raw = await t.rawSocket(mapId);
    raw.ws.send(updateFrame(Y.encodeStateAsUpdate(local)));
    expect(await raw.closed).toEqual({
      code: CloseCode.MALFORMED_MESSAGE,
      reason: 'malformed message: subdocuments are not part of a journey map',
    });
    const room = t.server.rooms.acquire(mapId, 'map')!;
    expect(room.doc.subdocs.size).toBe(0);
    expect(room.doc.getMap('meta').has('bomb')).toBe(false);
  });
});

function noop(): void {}
