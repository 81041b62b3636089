import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { LOCAL_RELAY, type DocRelay } from '../cluster/DocRelay';
import { createLogger } from '../log';
import { docRef } from '../persistence/docKeys';
import type { MapStore } from '../persistence/MapStore';
import { MessageType } from './messages';
import { Room } from './Room';
import type { RoomPeer } from './RoomPeer';

/**
 * Presence through a Room with batched relays, on fake timers: clients are real y-protocols
 * Awareness instances (which renew their own state every 15 s and drop peers silent for 30 s)
 * wired to the room the way ws/Connection wires a socket.
 */
interface Client {
  awareness: awarenessProtocol.Awareness;
  peer: RoomPeer;
  /** Awareness messages the room sent this client. */
  received: number;
}

function connect(room: Room, name: string): Client {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  const client: Client = {
    awareness,
    received: 0,
    peer: {
      id: name,
      personId: `p_${name}`,
      send(message) {
        const decoder = decoding.createDecoder(message);
        if (decoding.readVarUint(decoder) !== MessageType.AWARENESS) return;
        client.received += 1;
        awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), 'server');
      },
      close() {},
    },
  };
  room.addPeer(client.peer);
  const sender = { peer: client.peer, role: 'editor' as const, mayLead: () => false };
  awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
    if (origin === 'server') return;
    const changed = [...added!, ...updated!, ...removed!];
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, changed);
    room.receivePresence(sender, update);
  });
  awareness.setLocalState({ user: { name } });
  return client;
}

function stateOf(viewer: Client, of: Client): unknown {
  return viewer.awareness.getStates().get(of.awareness.clientID);
}

describe('Room presence (batched relays)', () => {
  let room: Room;
  let clients: Client[];

  beforeEach(() => {
    vi.useFakeTimers();
    room = new Room(
      docRef('presence-map'),
      new Y.Doc(),
      {} as MapStore,
      { lastSeq: 0, pending: 0, storedTitle: '' },
      {
        compactEvery: 100,
        logger: createLogger('silent'),
        onIdle() {},
        onFailed() {},
        relayTiming: { changeMs: 50, renewalMs: 5000 },
      },
    );
    clients = [];
  });
  afterEach(() => {
    for (const c of clients) c.awareness.destroy();
    room.destroy();
    vi.useRealTimers();
  });

  it('delivers every change, the last state of a burst included', () => {
    const [alice, bob] = (clients = [connect(room, 'Alice'), connect(room, 'Bob')]);
    vi.advanceTimersByTime(100);
    // As the server stamps them: the connection's person id and role.
    expect(stateOf(bob!, alice!)).toEqual({ user: { name: 'Alice', id: 'p_Alice' }, role: 'editor' });
    expect(stateOf(alice!, bob!)).toEqual({ user: { name: 'Bob', id: 'p_Bob' }, role: 'editor' });

    const before = bob!.received;
    for (let x = 0; x < 20; x++) alice!.awareness.setLocalStateField('cursor', { x, y: 0 });
    vi.advanceTimersByTime(100);
    expect(stateOf(bob!, alice!)).toEqual({
      user: { name: 'Alice', id: 'p_Alice' },
      role: 'editor',
      cursor: { x: 19, y: 0 },
    });
    // Twenty changes in one instant: the first goes out at once, the rest in one batch.
    expect(bob!.received - before).toBe(2);
  });

  it('batches presence relayed from other processes like local presence', () => {
    const [bob] = (clients = [connect(room, 'Bob')]);
    vi.advanceTimersByTime(100);
    // A tab on another process, as the cluster relay hands its updates over.
    const remote = new awarenessProtocol.Awareness(new Y.Doc());
    const relayed = () =>
      room.applyRelayedPresence(awarenessProtocol.encodeAwarenessUpdate(remote, [remote.clientID]));
    const before = bob!.received;
    for (let x = 0; x < 20; x++) {
      remote.setLocalState({ user: { name: 'Far' }, cursor: { x, y: 0 } });
      relayed();
    }
    vi.advanceTimersByTime(100);
    expect(bob!.awareness.getStates().get(remote.clientID)).toEqual({
      user: { name: 'Far' },
      cursor: { x: 19, y: 0 },
    });
    expect(bob!.received - before).toBe(2);
    remote.setLocalState(null);
    relayed();
    vi.advanceTimersByTime(100);
    expect(bob!.awareness.getStates().has(remote.clientID)).toBe(false);
    remote.destroy();
  });

  it('delivers a removal when a peer leaves', () => {
    const [alice, bob] = (clients = [connect(room, 'Alice'), connect(room, 'Bob')]);
    vi.advanceTimersByTime(100);
    expect(stateOf(bob!, alice!)).toBeDefined();
    room.removePeer(alice!.peer);
    vi.advanceTimersByTime(100);
    expect(stateOf(bob!, alice!)).toBeUndefined();
  });

  it('delivers a state cleared by its owner', () => {
    const [alice, bob] = (clients = [connect(room, 'Alice'), connect(room, 'Bob')]);
    vi.advanceTimersByTime(100);
    alice!.awareness.setLocalState(null);
    vi.advanceTimersByTime(100);
    expect(stateOf(bob!, alice!)).toBeUndefined();
  });

  it('never lets an idle peer time out, and batches renewals', () => {
    clients = Array.from({ length: 10 }, (_, i) => connect(room, `P${i}`));
    vi.advanceTimersByTime(1000);
    // When each viewer last heard of each other client (fake time). The stock client drops a
    // peer it has not heard of for 30 s (y-protocols' outdatedTimeout).
    const heard = new Map<string, number>();
    let longestSilence = 0;
    for (const viewer of clients) {
      viewer.awareness.on('update', ({ added, updated }: Record<string, number[]>, origin: unknown) => {
        if (origin !== 'server') return;
        for (const id of [...added!, ...updated!]) {
          const key = `${viewer.peer.id}:${id}`;
          const last = heard.get(key);
          if (last !== undefined) longestSilence = Math.max(longestSilence, Date.now() - last);
          heard.set(key, Date.now());
        }
      });
    }
    const start = clients.map((c) => c.received);
    const renewedAt = clients.map(() => Date.now());
    const minutes = 5;
    // Like the stock client: every 3 s, renew the own state once 15 s have passed (same state,
    // newer clock).
    for (let t = 0; t < minutes * 60; t += 3) {
      vi.advanceTimersByTime(3000);
      clients.forEach((c, i) => {
        if (Date.now() - renewedAt[i]! < 15_000) return;
        c.awareness.setLocalState(c.awareness.getLocalState());
        renewedAt[i] = Date.now();
      });
    }
    // Everyone hears of everyone else (an echo of its own state changes nothing).
    expect(heard.size).toBe(10 * 9);
    expect(longestSilence).toBeLessThan(30_000);
    for (const viewer of clients) for (const other of clients) expect(stateOf(viewer, other)).toBeDefined();
    // Relayed one by one, each client would get 10 renewals per 15 s; batched, far fewer.
    const perClient = clients.map((c, i) => c.received - start[i]!);
    for (const n of perClient) expect(n).toBeLessThan((minutes * 60 * 10) / 15 / 2);
  });
});

/** A bare awareness update as the cluster relay carries it: client id → state (null = removed). */
function entriesOf(update: Uint8Array): Map<number, unknown> {
  const decoder = decoding.createDecoder(update);
  const entries = new Map<number, unknown>();
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const id = decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    entries.set(id, JSON.parse(decoding.readVarString(decoder)));
  }
  return entries;
}

describe('Room presence to the other processes (issue 20)', () => {
  let room: Room;
  let clients: Client[];
  /** What the room published on the cluster relay, per doc. */
  let published: { docId: string; update: Uint8Array }[];

  beforeEach(() => {
    vi.useFakeTimers();
    published = [];
    const relay: DocRelay = {
      ...LOCAL_RELAY,
      publishAwareness: (docId, update) => void published.push({ docId, update }),
    };
    room = new Room(
      docRef('cluster-map'),
      new Y.Doc(),
      {} as MapStore,
      { lastSeq: 0, pending: 0, storedTitle: '' },
      {
        compactEvery: 100,
        logger: createLogger('silent'),
        onIdle() {},
        onFailed() {},
        relayTiming: { changeMs: 50, renewalMs: 5000 },
        relay,
      },
    );
    clients = [];
  });
  afterEach(() => {
    for (const c of clients) c.awareness.destroy();
    room.destroy();
    vi.useRealTimers();
  });

  it('publishes once per tick, with each client’s latest state, however many updates came in', () => {
    clients = Array.from({ length: 5 }, (_, i) => connect(room, `P${i}`));
    vi.advanceTimersByTime(60);
    published.length = 0;
    // 5 people × 10 cursor moves, all within one tick: 50 admitted awareness updates.
    for (let x = 1; x <= 10; x++)
      for (const c of clients) c.awareness.setLocalStateField('cursor', { x, y: 0 });
    expect(published).toHaveLength(0);
    vi.advanceTimersByTime(100);
    expect(published).toHaveLength(1);
    expect(published[0]!.docId).toBe(docRef('cluster-map').docId);
    const entries = entriesOf(published[0]!.update);
    expect(entries.size).toBe(5);
    clients.forEach((c, i) =>
      expect(entries.get(c.awareness.clientID)).toEqual({
        user: { name: `P${i}`, id: `p_P${i}` },
        role: 'editor',
        cursor: { x: 10, y: 0 },
      }),
    );
  });

  it('publishes a departure with the next tick', () => {
    const [alice, bob] = (clients = [connect(room, 'Alice'), connect(room, 'Bob')]);
    vi.advanceTimersByTime(100);
    published.length = 0;
    room.removePeer(alice!.peer);
    vi.advanceTimersByTime(100);
    const entries = new Map(published.flatMap((p) => [...entriesOf(p.update)]));
    expect(entries.get(alice!.awareness.clientID)).toBeNull();
    expect(entries.has(bob!.awareness.clientID)).toBe(false);
  });

  it('publishes a departure still waiting for its tick when the room goes', () => {
    const [alice] = (clients = [connect(room, 'Alice'), connect(room, 'Bob')]);
    vi.advanceTimersByTime(100);
    alice!.awareness.setLocalStateField('cursor', { x: 1, y: 1 });
    published.length = 0;
    room.removePeer(alice!.peer);
    room.destroy();
    const entries = new Map(published.flatMap((p) => [...entriesOf(p.update)]));
    expect(entries.get(alice!.awareness.clientID)).toBeNull();
  });

  it('never publishes presence that came from another process, nor its timeout here', () => {
    clients = [connect(room, 'Bob')];
    vi.advanceTimersByTime(100);
    published.length = 0;
    const remote = new awarenessProtocol.Awareness(new Y.Doc());
    remote.setLocalState({ user: { name: 'Far' } });
    room.applyRelayedPresence(awarenessProtocol.encodeAwarenessUpdate(remote, [remote.clientID]));
    // Bob renews every 15 s (the stock client's pace); the far state is never renewed here.
    for (let t = 0; t < 40; t += 15) {
      vi.advanceTimersByTime(15_000);
      clients[0]!.awareness.setLocalState(clients[0]!.awareness.getLocalState());
    }
    // What y-protocols' awareness does with a state silent for 30 s (its clock is lib0's, not
    // the fake one): the far process may still have it, so this must not tell it otherwise.
    awarenessProtocol.removeAwarenessStates(room.awareness, [remote.clientID], 'timeout');
    vi.advanceTimersByTime(10_000);
    const ids = new Set(published.flatMap((p) => [...entriesOf(p.update).keys()]));
    expect(ids.has(remote.clientID)).toBe(false);
    // Bob's renewals do reach the others, or their awareness would drop him after 30 s.
    expect(ids.has(clients[0]!.awareness.clientID)).toBe(true);
    remote.destroy();
  });
});
