import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CURRENT_SCHEMA_VERSION, MIGRATION_ORIGIN, readSchemaVersion, SCHEMA_RULE } from '../model';
import { getRecord, metaMap } from '../model/docLayout';
import { v3LaneId } from '../model/records/migrateLaneKinds';
import { v1Doc } from '../model/testing/v1Map';
import { CloseCode } from './closeCodes';
import {
  commentsRoom,
  mapOf,
  startTestServer,
  storedDoc,
  waitFor,
  waitForSync,
  type TestServer,
} from './testing/harness';

/**
 * Schema v2 moved titles, descriptions, note text, stage names, map info and whys to collaborative
 * text. Old maps must open with every text intact, and a tab still running the old Journey must be
 * told to reload instead of writing the old shape over the new one.
 */
describe('map format between tabs and the server', () => {
  let t: TestServer | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('opens a stored v1 map migrated, with every text intact', async () => {
    t = await startTestServer();
    const old = v1Doc();
    const expected = mapOf(old);
    t.server.store.createMap(
      { id: 'map_v1', title: 'v1', createdAt: 1, updatedAt: 1 },
      Y.encodeStateAsUpdate(old),
    );
    const client = t.connect('map_v1');
    await waitForSync(client);
    expect(readSchemaVersion(client.doc)).toBe(CURRENT_SCHEMA_VERSION);
    const { schemaVersion: _a, lanes, ...seen } = mapOf(client.doc);
    const { schemaVersion: _b, lanes: lanesBefore, ...before } = expected;
    expect(seen).toEqual(before);
    // Migration 3 gives it the lane kinds evidence and support, hidden; the lanes it had are as they were.
    expect(lanes.filter((l) => l.id !== v3LaneId(l.kind))).toEqual(lanesBefore);
    expect(lanes.filter((l) => l.id === v3LaneId(l.kind)).map((l) => [l.kind, l.visible])).toEqual([
      ['evidence', false],
      ['support', false],
    ]);
    expect(getRecord(client.doc, 'touchpoints', 'tp_status')?.get('title')).toBeInstanceOf(Y.Text);
    // The server's own readers (the JSON export) see the migrated text too.
    const file = await t.api('/api/maps/map_v1/export.json');
    expect(file.status).toBe(200);
    expect(JSON.stringify(file.body)).toContain('Broadband — connection drops');
    expect(JSON.stringify(file.body)).toContain('The page reads a stale feed');
  });

  it('refuses a tab that writes the old format with 4426 and "reload", and keeps its write out', async () => {
    t = await startTestServer();
    const mapId = await t.createMap({ template: 'sample' });
    // An old tab: its socket URL has no map format, and it sends a v1-shaped write (a plain-string
    // title over the collaborative one) the moment it is open.
    const raw = await t.rawSocket(mapId, { schema: null });
    const stale = new Y.Doc();
    Y.applyUpdate(stale, Y.encodeStateAsUpdate(storedDoc(t.server.store, mapId)!));
    stale.getMap('meta').set('title', 'Overwritten by an old tab');
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(stale));
    raw.ws.send(encoding.toUint8Array(encoder));
    const closed = await raw.closed;
    expect(closed.code).toBe(CloseCode.OUTDATED_CLIENT);
    expect(closed.reason).toMatch(/older Journey .*Reload the page/);
    expect(raw.messages).toEqual([]); // not even the map was sent

    const reader = t.connect(mapId);
    await waitForSync(reader);
    expect(mapOf(reader.doc).info.title).not.toBe('Overwritten by an old tab');
    expect(reader.doc.getMap('meta').get('title')).toBeInstanceOf(Y.Text);
  });

  it('refuses a stock provider that names an older format, and it stops reconnecting', async () => {
    t = await startTestServer();
    const mapId = await t.createMap({ template: 'blank' });
    const old = t.connect(mapId, new Y.Doc(), { schema: '1' });
    const closed = await old.closed;
    expect(closed.code).toBe(4426);
    expect(closed.reason).toContain('v1');
    // 44xx: the stock provider gives up by itself instead of hammering the server.
    await new Promise((r) => setTimeout(r, 300));
    expect(old.provider.shouldConnect).toBe(false);
    expect(old.provider.synced).toBe(false);
  });

  it('drops a write from a tab older than the map, applying nothing, and says "schema"', async () => {
    t = await startTestServer();
    const mapId = await t.createMap({ template: 'sample' });
    // A tab that states this server's format: let in, it reads the map.
    const raw = await t.rawSocket(mapId);
    const stale = new Y.Doc();
    Y.applyUpdate(stale, Y.encodeStateAsUpdate(storedDoc(t.server.store, mapId)!));
    // While it is open, a newer Journey saves the map in the next format (as a second process on a
    // shared store would): from now on the tab is older than the map.
    const room = t.server.rooms.acquire(mapId, 'map')!;
    room.doc.transact(
      () => metaMap(room.doc).set('schemaVersion', CURRENT_SCHEMA_VERSION + 1),
      MIGRATION_ORIGIN,
    );
    await waitFor(() => readSchemaVersion(storedDoc(t!.server.store, mapId)!) === CURRENT_SCHEMA_VERSION + 1);
    const before = Y.encodeStateVector(room.doc);

    const start = Y.encodeStateVector(stale);
    metaMap(stale).set('note', 'written by an older tab');
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(stale, start));
    raw.ws.send(encoding.toUint8Array(encoder));

    const told = (m: Uint8Array) => Buffer.from(m).toString('utf8').includes('"write-rejected"');
    await waitFor(() => raw.messages.some(told), 5000, 'write-rejected');
    const notice = Buffer.from(raw.messages.find(told)!).toString('utf8');
    expect(notice).toContain(`"rule":"${SCHEMA_RULE}"`);
    expect(notice).toContain('Reload to continue');
    // Nothing applied, stored or broadcast; the map keeps its newer format, and the socket stays open.
    expect(Y.encodeStateVector(room.doc)).toEqual(before);
    expect(metaMap(room.doc).get('note')).toBeUndefined();
    expect(metaMap(storedDoc(t.server.store, mapId)!).get('note')).toBeUndefined();
    expect(readSchemaVersion(room.doc)).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
  });

  it('tells a tab newer than the server to try later, and lets any tab into the comments', async () => {
    t = await startTestServer();
    const mapId = await t.createMap({ template: 'blank' });
    const newer = await t.rawSocket(mapId, { schema: String(CURRENT_SCHEMA_VERSION + 1) });
    const closed = await newer.closed;
    expect(closed.code).toBe(4426);
    expect(closed.reason).toMatch(/server runs an older Journey/);
    const comments = t.connect(commentsRoom(mapId), new Y.Doc(), {});
    await waitForSync(comments);
    const noFormat = await t.rawSocket(commentsRoom(mapId), { schema: null });
    noFormat.ws.close();
  });
});
