import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMapInfo } from '../model';
import {
  commentsRoom,
  startTestServer,
  storedDoc,
  upgradeStatus,
  waitFor,
  waitForSync,
  type TestServer,
} from './testing/harness';

/** Fixture only: the server treats the comments doc as opaque (model/comments owns its layout). */
const fixture = (doc: Y.Doc) => doc.getMap<string>('fixture-comments');

describe('comments room', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer({ compactEvery: 3, roomTtlMs: 50 });
  });
  afterEach(() => t.dispose());

  it('syncs a map’s comments in their own doc, stored apart from the map and kept across restarts', async () => {
    const mapId = await t.createMap({ title: 'Commented', template: 'blank' });
    const updatedAt = t.server.store.getMap(mapId)!.updatedAt;
    const a = t.connect(commentsRoom(mapId));
    const b = t.connect(commentsRoom(mapId));
    await Promise.all([waitForSync(a), waitForSync(b)]);
    for (let i = 0; i < 5; i++) fixture(a.doc).set(`c${i}`, `comment ${i}`);
    await waitFor(() => fixture(b.doc).size === 5, 5000, 'comments relayed');
    // Persist, then broadcast: what b has seen is on disk.
    expect(fixture(storedDoc(t.server.store, `${mapId}/comments`)!).size).toBe(5);

    // Apart from the map: not in its doc, not a row in the maps list, not a map edit.
    expect(fixture(storedDoc(t.server.store, mapId)!).size).toBe(0);
    expect((await t.api('/api/maps')).body.maps.map((m) => m.id)).toEqual([mapId]);
    expect(t.server.store.getMap(mapId)!.updatedAt).toBe(updatedAt);
    await waitFor(() => t.logs.some((l) => l.includes('room.compacted') && l.includes('doc=comments')));

    a.provider.destroy();
    b.provider.destroy();
    await waitFor(() => t.server.rooms.get(mapId, 'comments') === undefined, 5000, 'comments room unloaded');
    await t.restart();
    const fresh = t.connect(commentsRoom(mapId));
    const map = t.connect(mapId);
    await Promise.all([waitForSync(fresh), waitForSync(map)]);
    expect(fixture(fresh.doc).toJSON()).toEqual(
      Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`c${i}`, `comment ${i}`])),
    );
    expect(readMapInfo(map.doc).title).toBe('Commented');
    expect(fixture(map.doc).size).toBe(0);
  });

  it('refuses the comments room of an unknown map with HTTP 404', async () => {
    expect(await upgradeStatus(`${t.server.url}/ws/map_nothere/comments`)).toBe(404);
    expect(await upgradeStatus(`${t.server.url}/ws/map_nothere/notes`)).toBe(404);
  });
});
