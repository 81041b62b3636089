import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStage } from '../model';
import { CloseCode } from './closeCodes';
import { frame, updateFrame } from './testing/frames';
import {
  mapOf,
  startTestServer,
  upgradeStatus,
  waitFor,
  waitForSync,
  type TestServer,
} from './testing/harness';

const MAX_MESSAGE = 64 * 1024;

describe('bad client input', () => {
  let t: TestServer;
  let mapId: string;
  beforeEach(async () => {
    t = await startTestServer({ maxMessageBytes: MAX_MESSAGE });
    mapId = await t.createMap();
  });
  afterEach(() => t.dispose());

  /** Two healthy clients keep editing after the bad one is gone. */
  async function expectRoomStillSyncs(a = t.connect(mapId), b = t.connect(mapId)) {
    await Promise.all([waitForSync(a), waitForSync(b)]);
    const name = `after-${Math.random().toString(36).slice(2)}`;
    addStage(a.doc, { name });
    await waitFor(() => mapOf(b.doc).stages.some((s) => s.name === name), 5000, 'edit after bad frame');
  }

  const malformed: Array<[string, Uint8Array | string]> = [
    ['garbage bytes (varint never ends)', new Uint8Array(12).fill(0xff)],
    ['an unknown message type', frame((e) => encoding.writeVarUint(e, 7))],
    [
      'an unknown sync message type',
      frame(
        (e) => encoding.writeVarUint(e, 0),
        (e) => encoding.writeVarUint(e, 9),
      ),
    ],
    [
      'an update Yjs cannot apply',
      frame(
        (e) => encoding.writeVarUint(e, 0),
        (e) => encoding.writeVarUint(e, 2),
        (e) => encoding.writeVarUint8Array(e, new Uint8Array([0xff, 0xff, 0xff])),
      ),
    ],
    [
      'an awareness update that is not JSON',
      frame(
        (e) => encoding.writeVarUint(e, 1),
        (e) =>
          encoding.writeVarUint8Array(
            e,
            frame(
              (x) => encoding.writeVarUint(x, 1),
              (x) => encoding.writeVarUint(x, 42),
              (x) => encoding.writeVarUint(x, 1),
              (x) => encoding.writeVarString(x, '{not json'),
            ),
          ),
      ),
    ],
    ['a text frame', 'hello'],
  ];

  it.each(malformed)('closes the socket with 4400 on %s; others keep syncing', async (_name, payload) => {
    const a = t.connect(mapId);
    const b = t.connect(mapId);
    await Promise.all([waitForSync(a), waitForSync(b)]);
    const bad = await t.rawSocket(mapId);
    bad.ws.send(payload);
    const closed = await bad.closed;
    expect(closed.code).toBe(CloseCode.MALFORMED_MESSAGE);
    expect(closed.reason).toMatch(/^malformed message/);
    expect(t.logs.some((l) => l.includes('ws.malformed_message'))).toBe(true);
    await expectRoomStillSyncs(a, b);
    expect((await t.api('/api/health')).body).toMatchObject({ ok: true });
  });

  it('closes an oversize frame with 1009 and logs it; others keep syncing', async () => {
    const a = t.connect(mapId);
    const b = t.connect(mapId);
    await Promise.all([waitForSync(a), waitForSync(b)]);
    const big = await t.rawSocket(mapId);
    big.ws.send(new Uint8Array(MAX_MESSAGE + 1));
    expect((await big.closed).code).toBe(CloseCode.MESSAGE_TOO_BIG);
    await waitFor(() => t.logs.some((l) => l.includes('ws.message_too_big') && l.includes('code=1009')));
    await expectRoomStillSyncs(a, b);
  });

  it('accepts a large valid update under the limit', async () => {
    const watcher = t.connect(mapId);
    await waitForSync(watcher);
    const local = new Y.Doc();
    local.transact(() => {
      for (let i = 0; i < 250; i++) addStage(local, { name: `${i} `.padEnd(120, 'x') });
    });
    const update = Y.encodeStateAsUpdate(local);
    expect(update.length).toBeGreaterThan(MAX_MESSAGE / 2);
    expect(update.length).toBeLessThan(MAX_MESSAGE - 16);
    const raw = await t.rawSocket(mapId);
    raw.ws.send(updateFrame(update));
    await waitFor(() => mapOf(watcher.doc).stages.length >= 250, 5000, 'large update relayed');
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
  });

  it('refuses upgrades for unknown or invalid map ids with HTTP 404', async () => {
    const base = t.server.url;
    expect(await upgradeStatus(`${base}/ws/map_doesnotexist`)).toBe(404);
    expect(await upgradeStatus(`${base}/ws/bad%24id`)).toBe(404);
    expect(await upgradeStatus(`${base}/ws/${'x'.repeat(65)}`)).toBe(404);
    expect(await upgradeStatus(`${base}/ws`)).toBe(404);
    expect(await upgradeStatus(`${base}/elsewhere/${mapId}`)).toBe(404);
    // The provider may add query parameters: the room is still the path segment. (A `token`
    // parameter is a share link and is checked: see access.int.test.ts.)
    const withQuery = t.connect(mapId, new Y.Doc(), { client: 'abc', v: '1' });
    expect(withQuery.provider.url).toContain('client=abc');
    await waitForSync(withQuery);
  });
});
