import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { addStage, readMapInfo, setMapInfo } from '../model';
import { mapOf, sameState, startTestServer, waitFor, waitForSync, type TestServer } from './testing/harness';

describe('sync over the y-websocket protocol', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(() => t.dispose());

  it('two stock clients converge through the server, and a late joiner gets the whole map', async () => {
    const mapId = await t.createMap({ template: 'sample' });
    const a = t.connect(mapId);
    const b = t.connect(mapId);
    await Promise.all([waitForSync(a), waitForSync(b)]);
    expect(mapOf(a.doc).touchpoints.length).toBeGreaterThan(0);

    addStage(a.doc, { name: 'Alpha' });
    setMapInfo(b.doc, { goal: 'get back online' });
    await waitFor(() => sameState(a.doc, b.doc) && mapOf(b.doc).stages.some((s) => s.name === 'Alpha'));
    await waitFor(() => readMapInfo(a.doc).goal === 'get back online');
    expect(mapOf(a.doc)).toEqual(mapOf(b.doc));

    const c = t.connect(mapId);
    await waitForSync(c);
    await waitFor(() => sameState(c.doc, a.doc));
    expect(mapOf(c.doc)).toEqual(mapOf(a.doc));
  });

  it('stores an update before any other client can see it', async () => {
    const mapId = await t.createMap();
    const a = t.connect(mapId);
    const b = t.connect(mapId);
    await Promise.all([waitForSync(a), waitForSync(b)]);
    addStage(a.doc, { name: 'Durable' });
    await waitFor(() => mapOf(b.doc).stages.some((s) => s.name === 'Durable'));

    // A second connection to the same file sees what B has already seen: it was on disk first.
    const reader = t.openStore();
    try {
      const stored = reader.loadDoc(mapId)!;
      const doc = new Y.Doc();
      Y.applyUpdate(doc, stored.snapshot);
      for (const u of stored.updates) Y.applyUpdate(doc, u);
      expect(mapOf(doc).stages.map((s) => s.name)).toContain('Durable');
    } finally {
      reader.close();
    }
  });

  it('keeps the map identical across a server restart', async () => {
    const mapId = await t.createMap({ template: 'sample' });
    const a = t.connect(mapId);
    await waitForSync(a);
    addStage(a.doc, { name: 'Before restart' });
    setMapInfo(a.doc, { title: 'Restart me' });
    await waitFor(() => sameState(t.server.rooms.get(mapId)!.doc, a.doc));
    const before = { state: Y.encodeStateVector(a.doc), map: mapOf(a.doc) };
    a.provider.destroy();

    await t.restart();
    const fresh = t.connect(mapId);
    await waitForSync(fresh);
    expect(Y.encodeStateVector(fresh.doc)).toEqual(before.state);
    expect(mapOf(fresh.doc)).toEqual(before.map);
    expect((await t.api(`/api/maps/${mapId}`)).body.map.title).toBe('Restart me');
  });
});

describe('compaction and room lifecycle', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer({ compactEvery: 5, roomTtlMs: 50 });
  });
  afterEach(() => t.dispose());

  it('folds the update log into a snapshot after the threshold, losing nothing', async () => {
    const mapId = await t.createMap();
    const a = t.connect(mapId);
    await waitForSync(a);
    for (let i = 0; i < 12; i++) addStage(a.doc, { name: `Stage ${i}` });
    await waitFor(() => sameState(t.server.rooms.get(mapId)!.doc, a.doc));
    await waitFor(() => t.logs.some((l) => l.includes('room.compacted') && l.includes(mapId)));
    expect(t.server.store.loadDoc(mapId)!.updates.length).toBeLessThan(5);
    const expected = mapOf(a.doc);

    await t.restart();
    const fresh = t.connect(mapId);
    await waitForSync(fresh);
    expect(mapOf(fresh.doc)).toEqual(expected);
  });

  it('unloads an empty room after its TTL, compacting it, and reloads it on the next connect', async () => {
    const mapId = await t.createMap();
    const a = t.connect(mapId);
    await waitForSync(a);
    addStage(a.doc, { name: 'Kept' });
    await waitFor(() => sameState(t.server.rooms.get(mapId)!.doc, a.doc));
    a.provider.destroy();
    await waitFor(() => t.server.rooms.get(mapId) === undefined, 5000, 'room unloaded');
    expect(t.server.store.loadDoc(mapId)!.updates).toEqual([]);

    const b = t.connect(mapId);
    await waitForSync(b);
    expect(mapOf(b.doc).stages.map((s) => s.name)).toContain('Kept');
  });
});

describe('awareness', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(() => t.dispose());

  it('relays presence and removes it for the others when a connection drops', async () => {
    const mapId = await t.createMap();
    const watcher = t.connect(mapId);
    await waitForSync(watcher);

    // A raw client announces presence, then vanishes without saying goodbye.
    const ghostDoc = new Y.Doc();
    const ghostAwareness = new awarenessProtocol.Awareness(ghostDoc);
    ghostAwareness.setLocalState({ user: { name: 'Ghost' } });
    const raw = await t.rawSocket(mapId);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(ghostAwareness, [ghostDoc.clientID]),
    );
    raw.ws.send(encoding.toUint8Array(encoder));

    const ghostId = ghostDoc.clientID;
    await waitFor(() => watcher.provider.awareness.getStates().has(ghostId), 5000, 'ghost visible');
    raw.ws.terminate();
    await waitFor(() => !watcher.provider.awareness.getStates().has(ghostId), 5000, 'ghost removed');
    ghostAwareness.destroy();
  });

  it('sends a newcomer the presence of people already there', async () => {
    const mapId = await t.createMap();
    const a = t.connect(mapId);
    a.provider.awareness.setLocalStateField('user', { name: 'Ann' });
    await waitForSync(a);
    await waitFor(() => t.server.rooms.get(mapId)!.awareness.getStates().has(a.doc.clientID));

    const raw = await t.rawSocket(mapId);
    const announced = (): Set<number> => {
      const probe = new awarenessProtocol.Awareness(new Y.Doc());
      for (const message of raw.messages) {
        const decoder = decoding.createDecoder(message);
        if (decoding.readVarUint(decoder) !== 1) continue;
        awarenessProtocol.applyAwarenessUpdate(probe, decoding.readVarUint8Array(decoder), 'test');
      }
      probe.destroy();
      return new Set(probe.getStates().keys());
    };
    await waitFor(() => announced().has(a.doc.clientID), 5000, 'existing presence sent');
  });
});

describe('heartbeat', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer({ heartbeatMs: 30 });
  });
  afterEach(() => t.dispose());

  it('keeps answering clients connected and drops silent ones', async () => {
    const mapId = await t.createMap();
    const client = t.connect(mapId);
    await waitForSync(client);
    let drops = 0;
    client.provider.on('connection-close', () => drops++);

    const live = await t.rawSocket(mapId);
    let pings = 0;
    live.ws.on('ping', () => pings++);
    const silent = await t.rawSocket(mapId, { autoPong: false });

    expect((await silent.closed).code).toBe(1006);
    await waitFor(() => pings >= 5, 5000, 'several heartbeat rounds');
    expect(live.ws.readyState).toBe(live.ws.OPEN);
    expect(drops).toBe(0);
  });
});
