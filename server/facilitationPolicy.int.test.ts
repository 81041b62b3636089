import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addTouchpoint,
  castVote,
  claimFacilitatorSeat,
  editText,
  newPersonKey,
  personIdFromKey,
  readMap,
  setCardLocked,
  setFrozen,
  startVote,
  voteRecordId,
} from '../model';
import { collection, metaMap } from '../model/docLayout';
import { updateFrame } from './testing/frames';
import { startTestServer, storedDoc, waitFor, type TestPerson, type TestServer } from './testing/harness';

describe('facilitation enforced by the server', () => {
  let t: TestServer;
  let mapId: string;
  beforeEach(async () => {
    t = await startTestServer();
    mapId = await t.createMap({ template: 'sample' });
  });
  afterEach(() => t.dispose());

  const join = (name: string) => t.joinAs(mapId, name);
  const seatOf = (doc: Y.Doc) => readMap(doc).map.facilitation.facilitator?.userId;
  const stored = () => storedDoc(t.server.store, mapId)!;
  const rejections = (p: TestPerson) => p.client.notices.filter((n) => n.type === 'write-rejected');

  /** Waits until the writer was told, then until every client holds the room's state. */
  async function refused(p: TestPerson, rule: string, ...others: TestPerson[]): Promise<void> {
    await waitFor(
      () => rejections(p).some((n) => n.type === 'write-rejected' && n.rule === rule),
      5000,
      rule,
    );
    const room = t.server.rooms.acquire(mapId, 'map')!;
    const vector = (d: Y.Doc) => JSON.stringify([...readStateVector(d)]);
    await waitFor(
      () => [p, ...others].every((o) => vector(o.client.doc) === vector(room.doc)),
      5000,
      'converged',
    );
  }

  it('keeps a held seat: an editor writing the doc directly cannot take it, and converges back', async () => {
    const host = await join('Host');
    const mallory = await join('Mallory');
    claimFacilitatorSeat(host.client.doc, { userId: host.id, name: host.name });
    await waitFor(() => seatOf(mallory.client.doc) === host.id);

    metaMap(mallory.client.doc).set('facilitator', { userId: mallory.id, name: 'Mallory' });
    await refused(mallory, 'facilitator-only', host);
    expect(seatOf(mallory.client.doc)).toBe(host.id);
    expect(seatOf(host.client.doc)).toBe(host.id);
    expect(seatOf(stored())).toBe(host.id);
  });

  it('lets only the holder lock, run the timer and set up votes', async () => {
    const host = await join('Host');
    const mallory = await join('Mallory');
    claimFacilitatorSeat(host.client.doc, { userId: host.id, name: host.name });
    await waitFor(() => seatOf(mallory.client.doc) === host.id);

    const meta = metaMap(mallory.client.doc);
    meta.set('structureLocked', true);
    await refused(mallory, 'facilitator-only', host);
    meta.set('timer', { endsAt: Date.now() + 60_000, durationMs: 60_000 });
    meta.set('vote', {
      id: 'v1',
      votesPerPerson: 20,
      anonymous: false,
      status: 'open',
      startedBy: mallory.id,
    });
    await waitFor(() => rejections(mallory).length >= 2);
    await refused(mallory, 'facilitator-only', host);
    const card = readMap(mallory.client.doc).map.touchpoints[0]!;
    collection(mallory.client.doc, 'touchpoints').get(card.id)!.set('locked', true);
    await waitFor(() => rejections(mallory).length >= 3);
    await refused(mallory, 'facilitator-only', host);
    for (const doc of [host.client.doc, mallory.client.doc, stored()]) {
      const f = readMap(doc).map.facilitation;
      expect([f.structureLocked, f.timer, f.vote]).toEqual([false, null, null]);
      expect(readMap(doc).map.touchpoints[0]!.locked).toBeFalsy();
    }

    // The holder's own writes go through.
    metaMap(host.client.doc).set('structureLocked', true);
    await waitFor(() => readMap(mallory.client.doc).map.facilitation.structureLocked);
    expect(rejections(host)).toEqual([]);
  });

  it('lets anyone take a free seat (empty, or its holder gone) for themselves only', async () => {
    const host = await join('Host');
    const bob = await join('Bob');
    metaMap(bob.client.doc).set('facilitator', { userId: host.id, name: 'puppet' });
    await refused(bob, 'seat-claim', host);
    expect(seatOf(stored())).toBeUndefined();

    claimFacilitatorSeat(host.client.doc, { userId: host.id, name: host.name });
    await waitFor(() => seatOf(bob.client.doc) === host.id);
    host.client.provider.destroy();
    await waitFor(() => !t.server.rooms.acquire(mapId, 'map')!.hasPerson(host.id), 5000, 'host left');
    claimFacilitatorSeat(bob.client.doc, { userId: bob.id, name: bob.name }, { holderAbsent: true });
    await waitFor(() => seatOf(stored()) === bob.id, 5000, 'seat taken');
    expect(rejections(bob)).toHaveLength(1);
  });

  it('keeps ballots to their voter and within the budget', async () => {
    const host = await join('Host');
    const bob = await join('Bob');
    claimFacilitatorSeat(host.client.doc, { userId: host.id, name: host.name });
    const voteId = startVote(host.client.doc, { userId: host.id, name: host.name }, { votesPerPerson: 2 });
    await waitFor(() => readMap(bob.client.doc).map.facilitation.vote?.session.id === voteId);
    const card = readMap(bob.client.doc).map.touchpoints[0]!.id;
    const ballot = (userId: string, count: number) => ({
      id: voteRecordId(voteId, userId, card),
      voteId,
      userId,
      userName: '',
      touchpointId: card,
      count,
    });
    const put = (rec: ReturnType<typeof ballot>) => {
      const m = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(rec)) m.set(k, v);
      collection(bob.client.doc, 'votes').set(rec.id, m);
    };

    put(ballot(host.id, 1));
    await refused(bob, 'ballot-owner', host);
    put(ballot(bob.id, 20));
    await waitFor(() => rejections(bob).length >= 2);
    await refused(bob, 'vote-budget', host);
    expect(readMap(stored()).map.facilitation.vote?.ballots).toEqual([]);

    castVote(bob.client.doc, { userId: bob.id, name: bob.name }, card);
    castVote(bob.client.doc, { userId: bob.id, name: bob.name }, card);
    await waitFor(
      () => readMap(host.client.doc).map.facilitation.vote?.ballots[0]?.count === 2,
      5000,
      'own votes',
    );
    expect(rejections(bob)).toHaveLength(2);
  });

  it('refuses a forbidden write hidden inside a large ordinary update, and keeps the rest', async () => {
    const host = await join('Host');
    const mallory = await join('Mallory');
    claimFacilitatorSeat(host.client.doc, { userId: host.id, name: host.name });
    const [locked, ...others] = readMap(host.client.doc).map.touchpoints;
    setCardLocked(host.client.doc, { userId: host.id, name: host.name }, locked!.id, true);
    await waitFor(() => readMap(mallory.client.doc).map.touchpoints[0]?.locked === true);
    const { stageId, laneId } = others[0]!;

    // One transaction, so one update: 150 new cards, typing in every old one, and, halfway, the
    // locked card moved.
    const doc = mallory.client.doc;
    doc.transact(() => {
      for (let i = 0; i < 150; i++) {
        addTouchpoint(doc, { stageId, laneId, title: `bulk ${i}` });
        if (i === 75) collection(doc, 'touchpoints').get(locked!.id)!.set('order', 'zzzz');
      }
      for (const card of others)
        editText(
          doc,
          { kind: 'touchpoint', id: card.id, field: 'title' },
          { index: 0, remove: 0, insert: '!' },
        );
    });
    await refused(mallory, 'card-locked', host);
    for (const d of [host.client.doc, mallory.client.doc, stored()]) {
      const cards = readMap(d).map.touchpoints;
      expect(cards.find((c) => c.id === locked!.id)?.order).toBe(locked!.order);
      expect(cards.filter((c) => c.title.startsWith('bulk '))).toHaveLength(150);
      expect(others.every((o) => cards.find((c) => c.id === o.id)?.title.startsWith('!'))).toBe(true);
    }
  });

  it('freezes the map: a participant’s write is refused, never seen by others, and undone on its side', async () => {
    const host = await join('Host');
    const bob = await join('Bob');
    claimFacilitatorSeat(host.client.doc, { userId: host.id, name: host.name });
    await waitFor(() => seatOf(bob.client.doc) === host.id);
    metaMap(bob.client.doc).set('frozen', { by: bob.id, name: 'Bob' });
    await refused(bob, 'facilitator-only', host);

    setFrozen(host.client.doc, { userId: host.id, name: host.name }, true);
    await waitFor(() => metaMap(bob.client.doc).has('frozen'));
    const before = JSON.stringify(readMap(host.client.doc).map);
    const [stage] = readMap(bob.client.doc).map.stages;
    const [card] = readMap(bob.client.doc).map.touchpoints;
    bob.client.doc.transact(() => {
      collection(bob.client.doc, 'stages').delete(stage!.id);
      collection(bob.client.doc, 'touchpoints').get(card!.id)!.set('order', 'zzzz');
    });
    await refused(bob, 'frozen', host);
    expect(JSON.stringify(readMap(bob.client.doc).map)).toBe(before);
    expect(JSON.stringify(readMap(host.client.doc).map)).toBe(before);
    expect(JSON.stringify(readMap(stored()).map)).toBe(before);

    // The facilitator still edits.
    collection(host.client.doc, 'touchpoints').get(card!.id)!.set('order', 'zzzz');
    await waitFor(() => readMap(bob.client.doc).map.touchpoints.some((c) => c.order === 'zzzz'));
    expect(rejections(host)).toEqual([]);
  });

  it('parks a write whose dependencies are missing and checks it as its writer’s when they arrive', async () => {
    const host = await join('Host');
    claimFacilitatorSeat(host.client.doc, { userId: host.id, name: host.name });
    await waitFor(() => seatOf(stored()) === host.id);
    const key = newPersonKey();
    // Edit 1 (held back) and edit 2 (sent): the seat, on top of a change the server never got.
    const local = new Y.Doc();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(host.client.doc));
    const start = Y.encodeStateVector(local);
    metaMap(local).set('note', 'held back');
    const edit1 = Y.encodeStateAsUpdate(local, start);
    const middle = Y.encodeStateVector(local);
    metaMap(local).set('facilitator', { userId: personIdFromKey(key), name: 'Mallory' });
    const raw = await t.rawSocket(mapId, { personKey: key });
    raw.ws.send(updateFrame(Y.encodeStateAsUpdate(local, middle)));
    // The missing edit arrives later through someone else: the held-back seat does not come with it.
    const late = t.connect(mapId);
    await waitFor(() => late.provider.synced, 5000, 'late synced');
    Y.applyUpdate(late.doc, edit1);
    await waitFor(() => metaMap(stored()).get('note') === 'held back', 5000, 'edit 1 stored');
    expect(seatOf(stored())).toBe(host.id);
    expect(t.server.rooms.acquire(mapId, 'map')!.doc.store.pendingStructs).toBeNull();
    // Her own next write brings the parked seat in as hers: refused like any other.
    raw.ws.send(updateFrame(edit1));
    const told = (m: Uint8Array) => Buffer.from(m).toString('utf8').includes('"write-rejected"');
    await waitFor(() => raw.messages.some(told), 5000, 'write-rejected');
    expect(seatOf(stored())).toBe(host.id);
    expect(seatOf(t.server.rooms.acquire(mapId, 'map')!.doc)).toBe(host.id);
  });

  it('takes edits sent before their dependencies, as a client reconnecting after a restart does', async () => {
    const editor = await join('Editor');
    const local = new Y.Doc();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(editor.client.doc));
    const start = Y.encodeStateVector(local);
    metaMap(local).set('note', 'first');
    const edit1 = Y.encodeStateAsUpdate(local, start);
    const middle = Y.encodeStateVector(local);
    metaMap(local).set('note2', 'second');
    const raw = await t.rawSocket(mapId, { personKey: newPersonKey() });
    raw.ws.send(updateFrame(Y.encodeStateAsUpdate(local, middle)));
    raw.ws.send(updateFrame(edit1));
    await waitFor(() => metaMap(stored()).get('note2') === 'second', 5000, 'both edits stored');
    expect(metaMap(stored()).get('note')).toBe('first');
    await waitFor(() => metaMap(editor.client.doc).get('note2') === 'second', 5000, 'relayed');
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
  });
});

function readStateVector(doc: Y.Doc): Map<number, number> {
  const out = new Map<number, number>();
  doc.store.clients.forEach((structs, client) => {
    const last = structs[structs.length - 1]!;
    out.set(client, last.id.clock + last.length);
  });
  return new Map([...out].sort(([a], [b]) => a - b));
}
