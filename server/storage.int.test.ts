import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { addStage, CURRENT_SCHEMA_VERSION, readMapInfo, readSchemaVersion } from '../model';
import { CloseCode } from './closeCodes';
import type { MapStore, MapTouch } from './persistence/MapStore';
import { SqliteStore } from './persistence/SqliteStore';
import {
  mapOf,
  startTestServer,
  upgradeResponse,
  waitFor,
  waitForSync,
  type TestServer,
} from './testing/harness';

/** A SqliteStore whose writes can be made to fail, like a full disk. */
class FlakyStore extends SqliteStore implements MapStore {
  failWrites = false;
  constructor(file: string) {
    super(file);
    // The rooms write through the journal: its commits fail too (the whole batch, as a disk would).
    const append = this.journal.append.bind(this.journal);
    this.journal.append = (entry) =>
      this.failWrites ? Promise.reject(new Error('disk full')) : append(entry);
  }
  /** How often a doc was read from disk (a room load). */
  loads = 0;
  override loadDoc(id: string) {
    this.loads += 1;
    return super.loadDoc(id);
  }
  override appendUpdate(id: string, update: Uint8Array, touch: MapTouch): number {
    if (this.failWrites) throw new Error('disk full');
    return super.appendUpdate(id, update, touch);
  }
}

function docOfVersion(version: number): Uint8Array {
  const doc = new Y.Doc();
  // Fixture only: a doc as an older or newer Journey would have written it.
  doc.getMap('meta').set('title', `v${version}`);
  if (version > 0) doc.getMap('meta').set('schemaVersion', version);
  return Y.encodeStateAsUpdate(doc);
}

describe('storage edge cases', () => {
  let t: TestServer | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('closes clients with 1013 when a write fails, and gets the edit back when they reconnect', async () => {
    const storeDir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-flaky-'));
    onTestFinished(() => fs.rm(storeDir, { recursive: true, force: true }));
    const store = new FlakyStore(path.join(storeDir, 'journey.sqlite'));
    t = await startTestServer({ store, storageRetryMs: 200 });
    const mapId = await t.createMap({ template: 'blank' });
    const client = t.connect(mapId);
    await waitForSync(client);

    store.failWrites = true;
    addStage(client.doc, { name: 'Written while the disk was full' });
    expect((await client.closed).code).toBe(CloseCode.TRY_AGAIN_LATER);
    expect(t.logs.some((l) => l.includes('room.persist_failed'))).toBe(true);

    store.failWrites = false;
    // The stock client reconnects by itself (1013 is not a 44xx code) and re-sends what the server lacks.
    await waitFor(
      () => {
        const stored = t!.server.store.loadDoc(mapId);
        if (!stored) return false;
        const doc = new Y.Doc();
        Y.applyUpdate(doc, stored.snapshot);
        for (const u of stored.updates) Y.applyUpdate(doc, u);
        return mapOf(doc).stages.some((s) => s.name === 'Written while the disk was full');
      },
      10000,
      'edit stored after reconnect',
    );
  });

  it('on a full disk tells clients to retry later and does not reload the doc until then', async () => {
    const storeDir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-flaky-'));
    onTestFinished(() => fs.rm(storeDir, { recursive: true, force: true }));
    const store = new FlakyStore(path.join(storeDir, 'journey.sqlite'));
    t = await startTestServer({ store, storageRetryMs: 60_000 });
    const mapId = await t.createMap({ template: 'blank' });
    const client = t.connect(mapId);
    await waitForSync(client);
    let closes = 0;
    client.provider.on('connection-close', () => (closes += 1));

    store.failWrites = true;
    addStage(client.doc, { name: 'Written while the disk was full' });
    const closed = await client.closed;
    expect(closed.code).toBe(CloseCode.TRY_AGAIN_LATER);
    expect(closed.reason).toMatch(/retry in 60 s/);
    const loadsAfterFailure = store.loads;

    // The stock client keeps trying; each attempt is refused before the doc is read from disk.
    await waitFor(() => closes >= 4, 10_000, 'several reconnect attempts');
    expect(store.loads).toBe(loadsAfterFailure);
    const refused = await upgradeResponse(`${t.server.url}/ws/${mapId}?schema=${CURRENT_SCHEMA_VERSION}`);
    expect(refused.status).toBe(503);
    expect(Number(refused.retryAfter)).toBeGreaterThan(50);
  });

  it('answers an HTTP write whose commit failed with 503, never 200, and keeps it from peers', async () => {
    const storeDir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-flaky-'));
    onTestFinished(() => fs.rm(storeDir, { recursive: true, force: true }));
    const store = new FlakyStore(path.join(storeDir, 'journey.sqlite'));
    t = await startTestServer({ store, storageRetryMs: 1000 });
    const mapId = await t.createMap({ title: 'Before', template: 'blank' });
    const watcher = t.connect(mapId);
    await waitForSync(watcher);

    store.failWrites = true;
    const renamed = await t.api(`/api/maps/${mapId}`, { method: 'PATCH', body: { title: 'Never stored' } });
    expect(renamed.status).toBe(503);
    expect(renamed.body).toMatchObject({ code: 'storage_unavailable' });
    expect((await watcher.closed).code).toBe(CloseCode.TRY_AGAIN_LATER);
    expect(readMapInfo(watcher.doc).title).not.toBe('Never stored');
    expect(store.getMap(mapId)?.title).toBe('Before');
  });

  it('migrates an old map on load and saves the result once', async () => {
    t = await startTestServer();
    t.server.store.createMap({ id: 'map_old', title: 'v0', createdAt: 1, updatedAt: 1 }, docOfVersion(0));
    const client = t.connect('map_old');
    await waitForSync(client);
    expect(readSchemaVersion(client.doc)).toBe(CURRENT_SCHEMA_VERSION);
    expect(t.logs.some((l) => l.includes('room.migrated') && l.includes('map_old'))).toBe(true);
    const stored = t.server.store.loadDoc('map_old')!;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.snapshot);
    expect(readSchemaVersion(doc)).toBe(CURRENT_SCHEMA_VERSION);
    expect(stored.updates).toEqual([]);
  });

  it('refuses (409) to open a map written by a newer server, without touching it', async () => {
    t = await startTestServer();
    const future = docOfVersion(CURRENT_SCHEMA_VERSION + 1);
    t.server.store.createMap({ id: 'map_future', title: 'v-next', createdAt: 1, updatedAt: 1 }, future);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.get(`${t!.server.url}/ws/map_future`, {
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
        },
      });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
    });
    expect(status).toBe(409);
    expect((await t.api('/api/maps/map_future', { method: 'PATCH', body: { title: 'x' } })).status).toBe(409);
    expect(t.server.store.loadDoc('map_future')!.snapshot).toEqual(future);
  });
});
