import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addStage, CURRENT_SCHEMA_VERSION, readMap, readMapInfo } from '../model';
import { CloseCode } from './closeCodes';
import { parseMapJson } from '../model/export';
import { POLLUTION, writeHostileRecords } from '../model/testing/hostileRecords';
import { mapOf, sameState, startTestServer, waitFor, waitForSync, type TestServer } from './testing/harness';

const pollutedKeys = () => Object.keys(POLLUTION).filter((k) => k in {});

/**
 * A client writes invalid records straight into a map through the live server (a stock y-websocket
 * provider, no command in the way). The server keeps serving: the maps list, the exports, another
 * client's view, and the room's next load (which migrates, since the hostile schema version reads as 0).
 */
describe('hostile records through the live server', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer({ roomTtlMs: 50, compactEvery: 5 });
  });
  afterEach(() => t.dispose());

  it('the server stays up, lists and exports the map, and other clients skip the bad records', async () => {
    const mapId = await t.createMap({ template: 'sample' });
    const mallory = t.connect(mapId);
    const bob = t.connect(mapId);
    await Promise.all([waitForSync(mallory), waitForSync(bob)]);
    const valid = mapOf(bob.doc);

    const hostile = writeHostileRecords(mallory.doc, { depth: 0 });
    await waitFor(() => sameState(mallory.doc, bob.doc), 15_000, 'hostile updates relayed to Bob');
    const room = t.server.rooms.get(mapId);
    expect(room && sameState(room.doc, mallory.doc)).toBe(true);

    // Bob's view: every valid card, every hostile record reported by key.
    const { map, problems } = readMap(bob.doc);
    expect(map.touchpoints.map((tp) => tp.id)).toEqual(valid.touchpoints.map((tp) => tp.id));
    // The seat written in someone else's name never lands: the server's write rules refuse it.
    expect(problems.map((p) => `${p.collection}/${p.id}`).sort()).toEqual(
      hostile
        .map((h) => `${h.collection}/${h.id}`)
        .filter((key) => key !== 'meta/facilitator')
        .sort(),
    );

    expect((await t.api('/api/health')).body.ok).toBe(true);
    const listed = (await t.api('/api/maps')).body.maps.find((m) => m.id === mapId);
    // The list's title is the header as the readers show it: cut to 200 characters, not 900 KB.
    expect(listed?.title).toBe(readMapInfo(bob.doc).title);
    expect(listed?.title).toHaveLength(200);

    const json = await fetch(`${t.server.url}/api/maps/${mapId}/export.json`);
    expect(json.status).toBe(200);
    const file = parseMapJson(await json.text());
    expect(file.ok && file.data.map.touchpoints.length).toBe(valid.touchpoints.length);
    const csv = await fetch(`${t.server.url}/api/maps/${mapId}/export.csv`);
    expect(csv.status).toBe(200);
    expect((await csv.text()).trim().split('\r\n')).toHaveLength(valid.touchpoints.length + 1);
    expect(pollutedKeys()).toEqual([]);

    // Everyone leaves; the room unloads. Its next load runs migration 1 over the hostile records.
    mallory.provider.destroy();
    bob.provider.destroy();
    await waitFor(() => t.server.rooms.get(mapId) === undefined, 5000, 'room unloaded');
    const carol = t.connect(mapId);
    await waitForSync(carol);
    const reloaded = mapOf(carol.doc);
    expect(reloaded.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(reloaded.touchpoints.map((tp) => tp.id)).toEqual(valid.touchpoints.map((tp) => tp.id));
    expect(t.logs.some((l) => l.includes('room.migrated'))).toBe(true);
  });

  it('refuses shared types nested past the cap before they land (deleting them would overflow Yjs)', async () => {
    const mapId = await t.createMap({ template: 'sample' });
    const mallory = t.connect(mapId);
    const bob = t.connect(mapId);
    await Promise.all([waitForSync(mallory), waitForSync(bob)]);
    writeHostileRecords(mallory.doc, { depth: 3_000 });
    const closed = await mallory.closed;
    expect(closed.code).toBe(CloseCode.MALFORMED_MESSAGE);
    const room = t.server.rooms.get(mapId)!;
    const deep = room.doc.getMap('touchpoints').get('tp_deep') as Y.Map<unknown> | undefined;
    expect(deep?.get('voc')).toBeUndefined();
    // Bob keeps editing, and the map reloads.
    addStage(bob.doc, { name: 'after mallory' });
    const carol = t.connect(mapId);
    await waitFor(() => mapOf(carol.doc).stages.some((s) => s.name === 'after mallory'), 5000, 'edit after');
  });

  it('puts back a schema version a client raised, so the map still loads for everyone', async () => {
    const mapId = await t.createMap({ template: 'sample' });
    const mallory = t.connect(mapId);
    const bob = t.connect(mapId);
    await Promise.all([waitForSync(mallory), waitForSync(bob)]);
    // Put back in the write's own transaction: no peer ever sees the raised version (which would turn
    // its tab read-only, "saved by a newer Journey").
    const seenByBob: unknown[] = [];
    bob.doc.on('update', () => seenByBob.push(bob.doc.getMap('meta').get('schemaVersion')));
    mallory.doc.getMap('meta').set('schemaVersion', 99);
    expect((await mallory.closed).reason).toBe(
      'malformed message: clients may not change the schema version',
    );
    await waitFor(
      () => bob.doc.getMap('meta').get('schemaVersion') === CURRENT_SCHEMA_VERSION,
      5000,
      'version put back',
    );
    expect(seenByBob).not.toContain(99);
    bob.provider.destroy();
    await waitFor(() => t.server.rooms.get(mapId) === undefined, 5000, 'room unloaded');
    const carol = t.connect(mapId);
    await waitForSync(carol);
    expect(mapOf(carol.doc).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });
});
