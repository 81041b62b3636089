import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { addStage, readMapInfo } from '../model';
import { SqliteStore } from './persistence/SqliteStore';
import { mapOf, startTestServer, storedDoc, waitFor, waitForSync, type TestServer } from './testing/harness';

/** A real store whose journal commits nothing while held (a very slow fsync), in order once released. */
async function heldStore() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-held-'));
  onTestFinished(() => fs.rm(dir, { recursive: true, force: true }));
  const store = SqliteStore.inDataDir(dir);
  const append = store.journal.append.bind(store.journal);
  let held = false;
  const waiting: Array<() => void> = [];
  store.journal.append = (entry) =>
    held ? new Promise<void>((r) => waiting.push(r)).then(() => append(entry)) : append(entry);
  return {
    store,
    hold: () => (held = true),
    release() {
      held = false;
      for (const go of waiting.splice(0)) go();
    },
  };
}

/** Long enough for a message to cross loopback many times: what has not arrived by then was held. */
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('nothing that is not durable leaves the server (group commit)', () => {
  let t: TestServer | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('holds back the broadcast, a joiner’s first sync and an HTTP answer until the commit', async () => {
    const disk = await heldStore();
    t = await startTestServer({ store: disk.store });
    const mapId = await t.createMap({ title: 'Before', template: 'blank' });
    const writer = t.connect(mapId);
    const watcher = t.connect(mapId);
    await Promise.all([waitForSync(writer), waitForSync(watcher)]);

    disk.hold();
    addStage(writer.doc, { name: 'Held' });
    const joiner = t.connect(mapId);
    let answered = false;
    const rename = t
      .api(`/api/maps/${mapId}`, { method: 'PATCH', body: { title: 'Renamed' } })
      .finally(() => (answered = true));
    await settle();
    const has = (doc: typeof writer.doc) => mapOf(doc).stages.some((s) => s.name === 'Held');
    expect(has(watcher.doc), 'a peer got an update before it was durable').toBe(false);
    expect(joiner.provider.synced, 'a joiner got a sync step 2 before it was durable').toBe(false);
    expect(has(joiner.doc)).toBe(false);
    expect(answered, 'the HTTP write answered before it was durable').toBe(false);
    expect(mapOf(storedDoc(disk.store, mapId)!).stages.some((s) => s.name === 'Held')).toBe(false);

    disk.release();
    expect((await rename).status).toBe(200);
    expect(disk.store.getMap(mapId)?.title).toBe('Renamed');
    await waitFor(() => has(watcher.doc) && joiner.provider.synced && has(joiner.doc), 5000, 'delivered');
    await waitFor(() => readMapInfo(watcher.doc).title === 'Renamed', 5000, 'rename delivered');
    expect(has(storedDoc(disk.store, mapId)!)).toBe(true);
  });
});
