import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { clientSchemaParams, CURRENT_SCHEMA_VERSION } from '../model';
import { CloseCode } from './closeCodes';
import { createChildServer, type ChildServer } from './testing/childServer';
import { frame, QUERY_AWARENESS_FRAME } from './testing/frames';
import { startTestServer, waitFor, waitForSync, type TestServer } from './testing/harness';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';

/** Sync step 1 with an empty state vector: "send me the whole map" in 3 bytes. */
const EMPTY_STEP1_FRAME = frame(
  (e) => encoding.writeVarUint(e, 0),
  (e) => syncProtocol.writeSyncStep1(e, new Y.Doc()),
);

const MB = 1024 * 1024;

/** Resident memory of a process, from /proc (Linux). */
function rssBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  if (!kb) throw new Error('no VmRSS');
  return Number(kb) * 1024;
}

/** The highest RSS seen over a few samples after the server has had time to answer `rounds` requests. */
async function peakRss(server: ChildServer, rounds = 10): Promise<number> {
  let peak = 0;
  for (let i = 0; i < rounds; i++) {
    await fetch(`${server.url}/api/health`);
    peak = Math.max(peak, rssBytes(server.pid!));
    await new Promise((r) => setTimeout(r, 100));
  }
  return peak;
}

function provider(server: ChildServer, mapId: string, doc = new Y.Doc()): WebsocketProvider {
  return new WebsocketProvider(server.wsBase, mapId, doc, {
    params: clientSchemaParams(),
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
}

/** A socket that reads nothing after it opened: whatever the server sends it stays in the server. */
async function nonReader(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.pause();
  return ws;
}

describe('a reader cannot exhaust server memory', () => {
  let server: ChildServer | undefined;
  const providers: WebsocketProvider[] = [];
  const sockets: WebSocket[] = [];
  afterEach(async () => {
    for (const p of providers.splice(0)) p.destroy();
    for (const ws of sockets.splice(0)) ws.terminate();
    await server?.dispose();
    server = undefined;
  });

  it('answers repeated sync step 1 and query-awareness once per version; RSS stays bounded', async () => {
    // A budget wide enough that the requests themselves are never refused: only what they cost counts.
    server = await createChildServer({ env: { JOURNEY_MAX_BYTES_PER_SECOND: String(256 * MB) } });
    const created = await fetch(`${server.url}/api/maps`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ template: 'blank' }),
    });
    const mapId = ((await created.json()) as { map: { id: string } }).map.id;

    // A 2.5 MB map, and 30 people with 30 KB of presence each (the presence gate's cap is 32 KB).
    const writer = provider(server, mapId);
    providers.push(writer);
    await waitFor(() => writer.synced, 10_000, 'writer synced');
    // One update per key: each frame stays under the 1 MiB message limit.
    for (let i = 0; i < 5; i++) writer.doc.getMap('scratch').set(`k${i}`, String(i).repeat(500_000));
    for (let i = 0; i < 30; i++) {
      const person = provider(server, mapId);
      providers.push(person);
      person.awareness.setLocalState({ pad: String(i % 10).repeat(30_000) });
    }
    const check = provider(server, mapId);
    providers.push(check);
    await waitFor(
      () => check.doc.getMap('scratch').size === 5 && check.awareness.getStates().size >= 31,
      20_000,
      'the big map and presence reached a second client',
    );
    const before = await peakRss(server, 3);

    const syncFlood = await nonReader(`${server.wsBase}/${mapId}?schema=${CURRENT_SCHEMA_VERSION}`);
    const presenceFlood = await nonReader(`${server.wsBase}/${mapId}?schema=${CURRENT_SCHEMA_VERSION}`);
    sockets.push(syncFlood, presenceFlood);
    for (let i = 0; i < 150; i++) syncFlood.send(EMPTY_STEP1_FRAME);
    for (let i = 0; i < 300; i++) presenceFlood.send(QUERY_AWARENESS_FRAME);

    // Before: 150 × 2.5 MB + 300 × 0.9 MB queued (~640 MB). Now one reply each.
    const after = await peakRss(server);
    expect(after - before).toBeLessThan(150 * MB);
  }, 60_000);
});

describe('slow readers', () => {
  let t: TestServer | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('closes a connection that stays over its unsent-bytes cap with 4420', async () => {
    t = await startTestServer({
      maxUnsentBytes: 64 * 1024,
      slowReaderGraceMs: 100,
      maxBytesPerSecond: 64 * MB,
    });
    const mapId = await t.createMap();
    const writer = t.connect(mapId);
    await waitForSync(writer);
    const reader = await t.rawSocket(mapId);
    reader.ws.pause();

    // Far more than the kernel's socket buffers hold: the rest waits in the server for the reader.
    for (let i = 0; i < 40 && !t.logs.some((l) => l.includes('slow reader')); i++) {
      writer.doc.getMap('scratch').set(`k${i}`, 'x'.repeat(500_000));
      await new Promise((r) => setTimeout(r, 20));
    }
    await waitFor(() => t!.logs.some((l) => l.includes('slow reader')), 10_000, 'the slow reader refused');
    reader.ws.resume();
    expect((await reader.closed).code).toBe(CloseCode.SLOW_READER);
    // The writer, who reads, is still connected.
    expect(writer.provider.wsconnected).toBe(true);
  });
});
