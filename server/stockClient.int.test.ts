import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  claimFacilitatorSeat,
  clientSchemaParams,
  JOURNEY_NOTICE_MESSAGE,
  newPersonKey,
  personIdFromKey,
  personProtocols,
  readMapInfo,
  setMapInfo,
} from '../model';
import { metaMap } from '../model/docLayout';
import { startTestServer, waitFor, type TestServer } from './testing/harness';

/**
 * A stock y-websocket client (no `?notices=1`) hears only the standard protocol: no journey notice
 * (message type 4) ever reaches it, so it logs nothing ("Unable to compute message"), even when the
 * server refuses its writes. The app's client, which asks, still gets its role and refusals.
 */

/** Every frame's first varUint (the y-websocket message type), per socket, as the wire carried it. */
const frameTypes: number[][] = [];
class RecordingWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    const types: number[] = [];
    frameTypes.push(types);
    // y-websocket sets binaryType 'arraybuffer'.
    this.on('message', (data: ArrayBuffer | Buffer) =>
      types.push(decoding.readVarUint(decoding.createDecoder(new Uint8Array(data)))),
    );
  }
}

function stockClient(t: TestServer, mapId: string, params: Record<string, string>, personKey?: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(t.wsBase, mapId, doc, {
    // Only what any tool must state to open a map socket: the map format it writes.
    params: { ...clientSchemaParams(), ...params },
    protocols: personKey ? personProtocols(personKey) : [],
    WebSocketPolyfill: RecordingWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return { doc, provider };
}

describe('a stock y-websocket client gets standard messages only', () => {
  let t: TestServer;
  let errors: MockInstance;
  let warnings: MockInstance;
  const providers: WebsocketProvider[] = [];
  beforeEach(async () => {
    frameTypes.length = 0;
    errors = vi.spyOn(console, 'error');
    warnings = vi.spyOn(console, 'warn');
    t = await startTestServer();
  });
  afterEach(async () => {
    for (const p of providers.splice(0)) p.destroy();
    errors.mockRestore();
    warnings.mockRestore();
    await t.dispose();
  });

  it('a viewer: no notice on connect or when its write is dropped; the app client is still told', async () => {
    const mapId = await t.createMap({ title: 'Stock', template: 'blank' });
    const { token } = await t.createLink(mapId, 'viewer');
    const editor = t.connect(mapId);
    const stock = stockClient(t, mapId, { token });
    providers.push(stock.provider);
    const app = t.connect(mapId, new Y.Doc(), { token });
    await waitFor(() => editor.provider.synced && stock.provider.synced && app.provider.synced);

    setMapInfo(stock.doc, { goal: 'from the stock viewer' });
    setMapInfo(app.doc, { goal: 'from the app viewer' });
    // An editor's edit after both writes: once each client has it, whatever the server sent them
    // before it (a notice included) has arrived too (one socket, in order).
    await waitFor(() => app.notices.some((n) => n.type === 'write-rejected'), 5000, 'app told');
    setMapInfo(editor.doc, { persona: 'fence' });
    await waitFor(() => readMapInfo(stock.doc).persona === 'fence', 5000, 'stock fenced');

    expect(readMapInfo(t.server.rooms.get(mapId)!.doc).goal).not.toBe('from the stock viewer');
    expect(t.logs.filter((l) => l.includes('ws.write_dropped'))).toHaveLength(2);
    expect(app.notices).toMatchObject([
      { type: 'role', role: 'viewer' },
      { type: 'write-rejected', reason: 'Viewers cannot change the map' },
    ]);
    const stockFrames = frameTypes[0]!;
    expect(stockFrames.length).toBeGreaterThan(0);
    expect(stockFrames).not.toContain(JOURNEY_NOTICE_MESSAGE);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });

  it('an editor whose write breaks a rule: put back through a standard update, no notice', async () => {
    const mapId = await t.createMap({ title: 'Stock', template: 'blank' });
    const host = await t.joinAs(mapId, 'Host');
    claimFacilitatorSeat(host.client.doc, { userId: host.id, name: 'Host' });
    const key = newPersonKey();
    const stock = stockClient(t, mapId, {}, key);
    providers.push(stock.provider);
    const seat = (d: Y.Doc) => (metaMap(d).get('facilitator') as { userId?: string } | undefined)?.userId;
    await waitFor(() => stock.provider.synced && seat(stock.doc) === host.id, 5000, 'stock synced');

    metaMap(stock.doc).set('facilitator', { userId: personIdFromKey(key), name: 'Mallory' });
    // The server's net update puts the seat back on the stock client: the refusal reached it.
    await waitFor(() => t.logs.some((l) => l.includes('ws.write_rejected')), 5000, 'rejected');
    await waitFor(() => seat(stock.doc) === host.id, 5000, 'seat put back');
    setMapInfo(host.client.doc, { persona: 'fence' });
    await waitFor(() => readMapInfo(stock.doc).persona === 'fence', 5000, 'stock fenced');

    expect(seat(t.server.rooms.get(mapId)!.doc)).toBe(host.id);
    expect(frameTypes[0]).not.toContain(JOURNEY_NOTICE_MESSAGE);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });
});
