import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AwarenessRelay, tickAfter, type RelayTiming } from './AwarenessRelay';
import { MessageType } from './messages';

/** One relayed message as a peer reads it: client id → state (null = removed). */
function decode(message: Uint8Array): Map<number, unknown> {
  const outer = decoding.createDecoder(message);
  expect(decoding.readVarUint(outer)).toBe(MessageType.AWARENESS);
  const decoder = decoding.createDecoder(decoding.readVarUint8Array(outer));
  const entries = new Map<number, unknown>();
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const id = decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    entries.set(id, JSON.parse(decoding.readVarString(decoder)));
  }
  return entries;
}

/**
 * The server's awareness fed by many remote clients (each its own Awareness, as a tab has), wired
 * to a relay the way Room wires it; every broadcast buffer is kept.
 */
function setup(timing: RelayTiming) {
  const server = new awarenessProtocol.Awareness(new Y.Doc());
  server.setLocalState(null);
  const sent: Uint8Array[] = [];
  const relay = new AwarenessRelay(server, (m) => sent.push(m), timing);
  server.on('update', ({ added, updated, removed }: Record<string, number[]>) =>
    relay.changed([...added!, ...updated!, ...removed!]),
  );
  const clients: awarenessProtocol.Awareness[] = [];
  const join = () => {
    const client = new awarenessProtocol.Awareness(new Y.Doc());
    clients.push(client);
    return client;
  };
  const publish = (client: awarenessProtocol.Awareness, state: Record<string, unknown> | null) => {
    client.setLocalState(state);
    const update = awarenessProtocol.encodeAwarenessUpdate(client, [client.clientID]);
    awarenessProtocol.applyAwarenessUpdate(server, update, 'socket');
  };
  const destroy = () => {
    relay.destroy();
    for (const c of clients) c.destroy();
    server.destroy();
  };
  return { server, relay, sent, join, publish, destroy };
}

describe('AwarenessRelay', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('coalesces many updates from one client within a tick into one entry with the latest state', () => {
    const t = setup({ changeMs: 50, renewalMs: 5000 });
    const alice = t.join();
    t.publish(alice, { cursor: { x: 0, y: 0 } });
    // Idle room: the first change goes out at once.
    expect(t.sent).toHaveLength(1);
    for (let x = 1; x <= 30; x++) t.publish(alice, { cursor: { x, y: 0 } });
    expect(t.sent).toHaveLength(1);
    vi.advanceTimersByTime(50);
    expect(t.sent).toHaveLength(2);
    const entries = decode(t.sent[1]!);
    expect([...entries.keys()]).toEqual([alice.clientID]);
    expect(entries.get(alice.clientID)).toEqual({ cursor: { x: 30, y: 0 } });
    t.destroy();
  });

  it('keeps a removal made within the tick, next to the others’ latest states', () => {
    const t = setup({ changeMs: 50, renewalMs: 5000 });
    const [alice, bob] = [t.join(), t.join()];
    t.publish(alice, { n: 0 });
    t.publish(bob, { n: 0 });
    t.publish(alice, { n: 1 });
    t.publish(bob, { n: 1 });
    t.publish(alice, null);
    vi.advanceTimersByTime(50);
    const entries = decode(t.sent.at(-1)!);
    expect(entries.get(alice.clientID)).toBeNull();
    expect(entries.get(bob.clientID)).toEqual({ n: 1 });
    t.destroy();
  });

  it('sends one buffer per tick however many clients moved', () => {
    const t = setup({ changeMs: 50, renewalMs: 5000 });
    const people = Array.from({ length: 40 }, () => t.join());
    for (const p of people) t.publish(p, { cursor: { x: 0, y: 0 } });
    vi.advanceTimersByTime(50);
    const before = t.sent.length;
    for (let round = 1; round <= 3; round++)
      for (const p of people) t.publish(p, { cursor: { x: round, y: 0 } });
    vi.advanceTimersByTime(50);
    expect(t.sent.length - before).toBe(1);
    const entries = decode(t.sent.at(-1)!);
    expect(entries.size).toBe(40);
    for (const p of people) expect(entries.get(p.clientID)).toEqual({ cursor: { x: 3, y: 0 } });
    t.destroy();
  });

  it('grows the tick with the room so each peer receives at most the byte budget per second', () => {
    const timing = { changeMs: 50, renewalMs: 5000, maxTickMs: 1000, bytesPerSecond: 100_000 };
    const t = setup(timing);
    const people = Array.from({ length: 300 }, () => t.join());
    const label = 'x'.repeat(60);
    // Everyone moves at 20 Hz for 3 s: unbatched, 300 × ~100 B × 20/s = 600 KB/s per peer.
    for (let step = 0; step < 60; step++) {
      for (const p of people) t.publish(p, { label, cursor: { x: step, y: 0 } });
      vi.advanceTimersByTime(50);
    }
    const bytes = t.sent.reduce((sum, m) => sum + m.length, 0);
    expect(bytes / 3).toBeLessThanOrEqual(timing.bytesPerSecond * 1.1);
    expect(t.relay.currentTickMs).toBeGreaterThan(timing.changeMs);
    // Nobody's latest position is lost: the last message (after the last tick) has every final state.
    vi.advanceTimersByTime(timing.maxTickMs);
    const final = decode(t.sent.at(-1)!);
    for (const p of people) expect(final.get(p.clientID)).toEqual({ label, cursor: { x: 59, y: 0 } });
    t.destroy();
  });

  it('never holds a change longer than the longest tick', () => {
    const timing = { changeMs: 50, renewalMs: 5000, maxTickMs: 90, bytesPerSecond: 1000 };
    const t = setup(timing);
    const people = Array.from({ length: 50 }, () => t.join());
    for (const p of people) t.publish(p, { cursor: { x: 0, y: 0 } });
    expect(t.relay.currentTickMs).toBeLessThanOrEqual(90);
    const before = t.sent.length;
    t.publish(people[0]!, { cursor: { x: 1, y: 1 } });
    vi.advanceTimersByTime(90);
    expect(t.sent.length).toBe(before + 1);
    t.destroy();
  });
});

describe('tickAfter', () => {
  const timing = { changeMs: 50, renewalMs: 5000, maxTickMs: 90, bytesPerSecond: 512 * 1024 };
  it('keeps the clients’ own pace for small messages', () => {
    expect(tickAfter(2_000, timing)).toBe(50);
  });
  it('stretches to the byte budget, then stops at the longest tick', () => {
    expect(tickAfter(40 * 1024, timing)).toBeCloseTo(78.1, 1);
    expect(tickAfter(1024 * 1024, timing)).toBe(90);
  });
});
