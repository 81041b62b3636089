import net from 'node:net';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CURRENT_SCHEMA_VERSION } from '../model';
import { CloseCode } from './closeCodes';
import { awarenessFrame, frame } from './testing/frames';
import { startTestServer, upgradeResponse, waitFor, waitForSync, type TestServer } from './testing/harness';

/** A TCP connection that sends nothing; resolves `closed` when the server hangs up. */
async function silentSocket(port: number): Promise<{ socket: net.Socket; closed: () => boolean }> {
  const socket = net.connect(port, '127.0.0.1');
  let closed = false;
  socket.on('close', () => (closed = true));
  socket.on('error', () => undefined);
  socket.on('data', () => undefined);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { socket, closed: () => closed };
}

describe('connection lifecycle', () => {
  let t: TestServer | undefined;
  const sockets: net.Socket[] = [];
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.destroy();
    await t?.dispose();
    t = undefined;
  });

  it('closes silent TCP connections after the sync timeout', async () => {
    t = await startTestServer({ syncTimeoutMs: 300 });
    const silent = await Promise.all(Array.from({ length: 20 }, () => silentSocket(t!.server.port)));
    sockets.push(...silent.map((s) => s.socket));
    await waitFor(() => silent.every((s) => s.closed()), 5000, 'silent sockets closed');
    expect((await t.api('/api/health')).status).toBe(200);
  });

  it('closes an upgraded socket that never starts the sync with 4408', async () => {
    t = await startTestServer({ syncTimeoutMs: 300 });
    const mapId = await t.createMap();
    const idle = await t.rawSocket(mapId);
    expect((await idle.closed).code).toBe(CloseCode.SYNC_TIMEOUT);
    // A real client, which starts the sync at once, is not affected.
    const client = t.connect(mapId);
    await waitForSync(client);
    await new Promise((r) => setTimeout(r, 600));
    expect(client.provider.wsconnected).toBe(true);
  });

  it('refuses upgrades past the per-address cap with 503 + Retry-After, and admits again once one closes', async () => {
    t = await startTestServer({ maxConnectionsPerAddress: 2 });
    const mapId = await t.createMap();
    const a = await t.rawSocket(mapId);
    await t.rawSocket(mapId);
    const refused = await upgradeResponse(`${t.server.url}/ws/${mapId}?schema=${CURRENT_SCHEMA_VERSION}`);
    expect(refused.status).toBe(503);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(t.logs.some((l) => l.includes('too many connections from this address'))).toBe(true);

    a.ws.close();
    await a.closed;
    await waitFor(() => t!.logs.some((l) => l.includes('ws.closed')), 5000, 'close seen');
    const again = await t.rawSocket(mapId);
    expect(again.ws.readyState).toBe(again.ws.OPEN);
  });

  it('refuses upgrades past the global cap with 503 + Retry-After', async () => {
    t = await startTestServer({ maxConnections: 1 });
    const mapId = await t.createMap();
    await t.rawSocket(mapId);
    const refused = await upgradeResponse(`${t.server.url}/ws/${mapId}?schema=${CURRENT_SCHEMA_VERSION}`);
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBeDefined();
    // Plain HTTP is not capped.
    expect((await t.api('/api/health')).status).toBe(200);
  });

  it('the heartbeat terminates a socket that stops answering pings, synced or not', async () => {
    const heartbeatMs = 100;
    // A long sync timeout: only the heartbeat can end the unsynced socket in this test.
    t = await startTestServer({ heartbeatMs, syncTimeoutMs: 60_000 });
    const mapId = await t.createMap();
    const room = () => t!.server.rooms.get(mapId)!;
    const alive = t.connect(mapId);
    alive.provider.awareness.setLocalStateField('user', { name: 'Alive' });
    await waitForSync(alive);
    await waitFor(() => room().awareness.getStates().has(alive.doc.clientID), 5000, 'alive present');

    // Synced, with presence, then deaf to pings (a laptop that went to sleep).
    const deafId = 424242;
    const synced = await t.rawSocket(mapId, { autoPong: false });
    synced.ws.send(
      frame(
        (e) => encoding.writeVarUint(e, 0),
        (e) => syncProtocol.writeSyncStep1(e, new Y.Doc()),
      ),
    );
    synced.ws.send(awarenessFrame([{ clientID: deafId, clock: 1, state: { user: { name: 'Deaf' } } }]));
    await waitFor(() => alive.provider.awareness.getStates().has(deafId), 5000, 'deaf presence relayed');
    const unsynced = await t.rawSocket(mapId, { autoPong: false });
    const started = Date.now();

    // Terminated, not closed: no close frame, so the client sees 1006.
    expect((await synced.closed).code).toBe(1006);
    expect((await unsynced.closed).code).toBe(1006);
    // Within the window: pinged at the next beat, cut at the one after (slack for a busy machine).
    expect(Date.now() - started).toBeLessThan(heartbeatMs * 2 + 2000);
    // Its presence left with it, for the room and for the others.
    await waitFor(() => !alive.provider.awareness.getStates().has(deafId), 5000, 'deaf presence removed');
    expect(room().awareness.getStates().has(deafId)).toBe(false);

    // A client that answers pings stays, through many beats.
    await new Promise((r) => setTimeout(r, heartbeatMs * 6));
    expect(alive.provider.wsconnected).toBe(true);
    expect(room().awareness.getStates().has(alive.doc.clientID)).toBe(true);
  });
});
