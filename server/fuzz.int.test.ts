import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStage } from '../model';
import { QUERY_AWARENESS_FRAME } from './testing/frames';
import { fuzzFrames } from './testing/fuzzFrames';
import {
  mapOf,
  startTestServer,
  waitFor,
  waitForSync,
  type RawSocket,
  type TestServer,
} from './testing/harness';

const FRAMES = 10_000;
const SOCKETS = 16;
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);

// The integration project runs with --expose-gc (vitest.config.ts).
const gc = (): void => {
  if (!globalThis.gc) throw new Error('run with node --expose-gc');
  void globalThis.gc();
};

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

/** Sends a frame, then a probe; resolves once the server answered the probe or closed the socket. */
function sendAndSettle(socket: RawSocket, payload: Uint8Array): Promise<void> {
  const seen = socket.messages.length;
  socket.ws.send(payload);
  socket.ws.send(QUERY_AWARENESS_FRAME);
  return new Promise((resolve) => {
    const check = setInterval(() => {
      if (socket.messages.length > seen || socket.ws.readyState >= socket.ws.CLOSING) {
        clearInterval(check);
        resolve();
      }
    }, 1);
  });
}

describe(`fuzz: ${FRAMES} random, truncated and malformed frames (seed ${SEED})`, () => {
  let t: TestServer;
  let mapId: string;
  beforeAll(async () => {
    // Rates are high so every frame reaches the decoder; the rate limits have their own tests.
    t = await startTestServer({ maxMessagesPerSecond: 1e6, maxBytesPerSecond: 1e9 });
    mapId = await t.createMap({ template: 'sample' });
  });
  afterAll(() => t.dispose());

  it('never crashes the server, keeps memory bounded, and a good client keeps syncing throughout', async () => {
    const writer = t.connect(mapId);
    const reader = t.connect(mapId);
    await Promise.all([waitForSync(writer), waitForSync(reader)]);
    const heapBefore = heapMb();
    let written = 0;
    const ticker = setInterval(() => addStage(writer.doc, { name: `tick ${++written}` }), 50);

    const frames = fuzzFrames(SEED, FRAMES);
    let next = 0;
    let refusals = 0;
    const worker = async () => {
      let socket = await t.rawSocket(mapId);
      while (next < frames.length) {
        const payload = frames[next++]!;
        if (socket.ws.readyState !== socket.ws.OPEN) {
          refusals += 1;
          socket = await t.rawSocket(mapId);
        }
        await sendAndSettle(socket, payload);
      }
      socket.ws.close();
    };
    await Promise.all(Array.from({ length: SOCKETS }, worker));
    clearInterval(ticker);

    // Most frames were refused (each closing its socket), and the good clients saw every tick.
    expect(refusals).toBeGreaterThan(FRAMES / 4);
    await waitFor(
      () => mapOf(reader.doc).stages.filter((s) => s.name.startsWith('tick ')).length === written,
      10_000,
      'every tick',
    );
    expect(written).toBeGreaterThan(5);
    expect(reader.provider.wsconnected && writer.provider.wsconnected).toBe(true);
    expect((await t.api('/api/health')).body).toMatchObject({ ok: true });

    // Nothing a frame did is held on to: no subdocs, no flood of root types, no pending backlog.
    const room = t.server.rooms.acquire(mapId, 'map')!;
    expect(room.doc.subdocs.size).toBe(0);
    expect(room.doc.share.size).toBeLessThanOrEqual(16);
    await waitFor(() => room.peerCount === 2, 5000, 'fuzz sockets closed');
    const heapGrowth = heapMb() - heapBefore;
    expect(heapGrowth, `heap grew by ${heapGrowth.toFixed(1)} MB`).toBeLessThan(64);

    // A newcomer gets the whole map, ticks included.
    const late = t.connect(mapId);
    await waitFor(
      () => mapOf(late.doc).stages.filter((s) => s.name.startsWith('tick ')).length === written,
      10_000,
      'late joiner',
    );
  }, 180_000);
});
