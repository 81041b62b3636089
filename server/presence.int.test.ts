import { afterEach, describe, expect, it } from 'vitest';
import { claimFacilitatorSeat, newPersonKey, personIdFromKey, readFacilitator } from '../model';
import { MAX_ENTRIES_PER_FRAME, MAX_STATE_BYTES } from './rooms/awarenessEntries';
import { MAX_CLIENTS_PER_CONNECTION } from './rooms/PresenceGate';
import { awarenessFrame, type RawAwarenessEntry } from './testing/frames';
import {
  startTestServer,
  waitFor,
  waitForSync,
  type RawSocket,
  type TestClient,
  type TestServer,
} from './testing/harness';

/**
 * Presence is bound to the connection: hostile awareness frames (raw, from viewers and editors)
 * against stock clients. "Not relayed" is checked after a marker the same socket sends afterwards
 * has reached the watcher: the server handles a socket's frames in order and relays in order.
 */
const user = (name: string, id = 'p_whoever') => ({ id, name, color: '#2563eb' });

type States = ReadonlyMap<number, Record<string, unknown>>;
const statesOf = (c: TestClient) => c.provider.awareness.getStates() as States;

describe('presence bound to the connection', () => {
  let t: TestServer;
  let mapId: string;
  let viewerToken: string;
  let facKey: string;
  let fac: TestClient;
  let watcher: TestClient;
  let nextClientID = 9_000_000;

  afterEach(() => t.dispose());

  /** A map with the facilitator (Fay, holding the seat) and a watcher, both stock clients. */
  async function setup(): Promise<void> {
    t = await startTestServer();
    mapId = await t.createMap();
    viewerToken = (await t.createLink(mapId, 'viewer')).token;
    facKey = newPersonKey();
    fac = t.connect(mapId, undefined, {}, { personKey: facKey });
    watcher = t.connect(mapId);
    await Promise.all([fac, watcher].map(waitForSync));
    fac.provider.awareness.setLocalState({ user: user('Fay', personIdFromKey(facKey)) });
    claimFacilitatorSeat(fac.doc, { userId: personIdFromKey(facKey), name: 'Fay' });
    await waitFor(() => readFacilitator(watcher.doc)?.name === 'Fay', 5000, 'seat taken');
    await waitFor(() => statesOf(watcher).has(fac.doc.clientID), 5000, 'facilitator present');
  }

  /** A raw socket with one client id of its own, and a marker to know its frames were handled. */
  async function hostile(options: { token?: string; personKey?: string } = {}) {
    const raw: RawSocket = await t.rawSocket(mapId, options);
    const own = nextClientID++;
    let clock = 0;
    return {
      raw,
      own,
      send: (entries: RawAwarenessEntry[]) => raw.ws.send(awarenessFrame(entries)),
      /** Sends a new state for its own id and waits until the watcher has it. */
      async mark(): Promise<void> {
        clock += 1;
        const n = clock;
        raw.ws.send(awarenessFrame([{ clientID: own, clock: n, state: { user: user('Mark'), n } }]));
        await waitFor(() => statesOf(watcher).get(own)?.n === n, 5000, `marker ${n}`);
      },
    };
  }

  it("refuses a viewer's state for someone else's client id: the facilitator stays as she is", async () => {
    await setup();
    const before = statesOf(watcher).get(fac.doc.clientID);
    const viewer = await hostile({ token: viewerToken });
    await viewer.mark();
    const clock = fac.provider.awareness.meta.get(fac.doc.clientID)!.clock + 100;
    viewer.send([{ clientID: fac.doc.clientID, clock, state: { user: user('Fay'), summon: { id: 's_x' } } }]);
    await viewer.mark();
    expect(statesOf(watcher).get(fac.doc.clientID)).toEqual(before);
  });

  it("refuses a removal (null state) of someone else's presence", async () => {
    await setup();
    const viewer = await hostile({ token: viewerToken });
    await viewer.mark();
    const clock = fac.provider.awareness.meta.get(fac.doc.clientID)!.clock + 1;
    viewer.send([{ clientID: fac.doc.clientID, clock, state: null }]);
    await viewer.mark();
    expect(statesOf(watcher).has(fac.doc.clientID)).toBe(true);
  });

  it('relays at most a few of 10,000 entries in one frame', async () => {
    await setup();
    const viewer = await hostile({ token: viewerToken });
    await viewer.mark();
    const countBefore = statesOf(watcher).size;
    const flood = Array.from({ length: 10_000 }, (_, i) => ({
      clientID: 100_000 + i,
      clock: 1,
      state: { user: user(`Fake ${i}`) },
    }));
    viewer.send(flood);
    await viewer.mark();
    const added = statesOf(watcher).size - countBefore;
    expect(added).toBeLessThanOrEqual(MAX_ENTRIES_PER_FRAME);
    // The marker already holds one of the connection's client ids.
    expect(added).toBeLessThanOrEqual(MAX_CLIENTS_PER_CONNECTION - 1);
  });

  it('drops an oversized or too deeply nested state', async () => {
    await setup();
    const editor = await hostile();
    await editor.mark();
    let deep: unknown = { leaf: true };
    for (let i = 0; i < 20; i++) deep = { deeper: deep };
    editor.send([
      { clientID: 500, clock: 1, state: { user: user('Big'), pad: 'x'.repeat(MAX_STATE_BYTES + 1) } },
      { clientID: 501, clock: 1, state: { user: user('Deep'), deep } },
    ]);
    await editor.mark();
    expect(statesOf(watcher).has(500)).toBe(false);
    expect(statesOf(watcher).has(501)).toBe(false);
  });

  it("stamps user.id with the sender's person id, and role with its role, whatever the state says", async () => {
    await setup();
    const liarKey = newPersonKey();
    const liar = await hostile({ token: viewerToken, personKey: liarKey });
    liar.send([
      {
        clientID: liar.own,
        clock: 1,
        state: { user: user('Fay', personIdFromKey(facKey)), role: 'editor' },
      },
    ]);
    await waitFor(() => statesOf(watcher).has(liar.own), 5000, 'liar relayed');
    const state = statesOf(watcher).get(liar.own)!;
    expect((state.user as { id: string }).id).toBe(personIdFromKey(liarKey));
    expect(state.role).toBe('viewer');
  });

  it("strips a viewer's summon, even from the seat holder's own person", async () => {
    await setup();
    const viewer = await hostile({ token: viewerToken, personKey: facKey });
    viewer.send([{ clientID: viewer.own, clock: 1, state: { user: user('V'), summon: { id: 's_viewer' } } }]);
    await waitFor(() => statesOf(watcher).has(viewer.own), 5000, 'viewer relayed');
    expect(statesOf(watcher).get(viewer.own)!.summon).toBeUndefined();
  });

  it('strips the summon of an editor who does not hold the seat, and relays the holder’s', async () => {
    await setup();
    const editor = await hostile({ personKey: newPersonKey() });
    editor.send([{ clientID: editor.own, clock: 1, state: { user: user('Ed'), summon: { id: 's_ed' } } }]);
    await waitFor(() => statesOf(watcher).has(editor.own), 5000, 'editor relayed');
    expect(statesOf(watcher).get(editor.own)!.summon).toBeUndefined();

    fac.provider.awareness.setLocalStateField('summon', { id: 's_fay' });
    await waitFor(
      () => (statesOf(watcher).get(fac.doc.clientID)?.summon as { id?: string } | undefined)?.id === 's_fay',
      5000,
      'holder summon relayed',
    );
  });

  it('relays the slide only the seat holder presents: anyone else’s `presenting` is stripped', async () => {
    await setup();
    const editor = await hostile({ personKey: newPersonKey() });
    const slide = { slideId: 'slide_stages_x' };
    editor.send([{ clientID: editor.own, clock: 1, state: { user: user('Ed'), presenting: slide } }]);
    const viewer = await hostile({ token: viewerToken, personKey: facKey });
    viewer.send([{ clientID: viewer.own, clock: 1, state: { user: user('V'), presenting: slide } }]);
    await waitFor(
      () => statesOf(watcher).has(editor.own) && statesOf(watcher).has(viewer.own),
      5000,
      'relayed',
    );
    expect(statesOf(watcher).get(editor.own)!.presenting).toBeUndefined();
    expect(statesOf(watcher).get(viewer.own)!.presenting).toBeUndefined();

    fac.provider.awareness.setLocalStateField('presenting', { slideId: 'slide_hubs' });
    await waitFor(
      () =>
        (statesOf(watcher).get(fac.doc.clientID)?.presenting as { slideId?: string } | undefined)?.slideId ===
        'slide_hubs',
      5000,
      'holder presenting relayed',
    );
  });

  it("keeps a state taken over by the same person's new connection when the old one closes", async () => {
    await setup();
    const key = newPersonKey();
    const first = await hostile({ personKey: key });
    await first.mark();
    const second = await hostile({ personKey: key });
    second.send([{ clientID: first.own, clock: 50, state: { user: user('Again'), n: 50 } }]);
    await waitFor(() => statesOf(watcher).get(first.own)?.n === 50, 5000, 'takeover relayed');
    const closedBefore = t.logs.filter((line) => line.includes('ws.closed')).length;
    first.raw.ws.close();
    await waitFor(
      () => t.logs.filter((line) => line.includes('ws.closed')).length > closedBefore,
      5000,
      'server saw the close',
    );
    // The close removed nothing of the second connection's: its next state still lands on top.
    await second.mark();
    expect(statesOf(watcher).get(first.own)?.n).toBe(50);
  });
});
