import { describe, expect, it } from 'vitest';
import type { Role } from '../../model';
import { encodeAwarenessEntries, readAwarenessEntries, type AwarenessEntry } from './awarenessEntries';
import { MAX_CLIENTS_PER_CONNECTION, PresenceGate, type PresenceSender } from './PresenceGate';
import type { RoomPeer } from './RoomPeer';

const SERVER_CLIENT = 999;

function sender(personId: string, role: Role = 'editor', mayLead = false): PresenceSender {
  const peer: RoomPeer = { id: personId, personId, send() {}, close() {} };
  return { peer, role, mayLead: () => mayLead };
}

/** What the gate let through of `entries` from `from`, decoded. */
function admit(gate: PresenceGate, from: PresenceSender, entries: AwarenessEntry[]) {
  const gated = gate.admit(from, encodeAwarenessEntries(entries));
  return { admitted: gated.update ? readAwarenessEntries(gated.update).entries : [], refused: gated.refused };
}

const state = (extra: Record<string, unknown> = {}) => ({ user: { id: 'p_liar', name: 'N' }, ...extra });

describe('PresenceGate', () => {
  it('lets a connection own the ids it announces first, and refuses them to another person', () => {
    const gate = new PresenceGate(SERVER_CLIENT);
    const alice = sender('p_alice');
    const bob = sender('p_bob', 'viewer');
    expect(admit(gate, alice, [{ clientID: 1, clock: 1, state: state() }]).admitted).toHaveLength(1);
    const forged = admit(gate, bob, [
      { clientID: 1, clock: 2, state: state() },
      { clientID: 1, clock: 2, state: null },
    ]);
    expect(forged).toEqual({ admitted: [], refused: { 'not-yours': 2 } });
  });

  it('skips removals of ids nobody owns, and refuses the server’s own id', () => {
    const gate = new PresenceGate(SERVER_CLIENT);
    const alice = sender('p_alice');
    expect(admit(gate, alice, [{ clientID: 5, clock: 1, state: null }])).toEqual({
      admitted: [],
      refused: {},
    });
    expect(admit(gate, alice, [{ clientID: SERVER_CLIENT, clock: 1, state: state() }]).refused).toEqual({
      'not-yours': 1,
    });
  });

  it(`caps a connection at ${MAX_CLIENTS_PER_CONNECTION} ids`, () => {
    const gate = new PresenceGate(SERVER_CLIENT);
    const alice = sender('p_alice');
    const entries = Array.from({ length: 10 }, (_, i) => ({ clientID: i + 1, clock: 1, state: state() }));
    const { admitted, refused } = admit(gate, alice, entries);
    expect(admitted.map((e) => e.clientID)).toEqual([1, 2, 3, 4]);
    expect(refused).toEqual({ 'too-many-clients': 6 });
  });

  it('hands an id over to a new connection of the same person; the old one no longer releases it', () => {
    const gate = new PresenceGate(SERVER_CLIENT);
    const before = sender('p_alice');
    const after = sender('p_alice');
    admit(gate, before, [{ clientID: 7, clock: 1, state: state() }]);
    expect(admit(gate, after, [{ clientID: 7, clock: 2, state: state() }]).admitted).toHaveLength(1);
    // Either of the person's connections may remove it; the owner stays the newer one.
    expect(admit(gate, before, [{ clientID: 7, clock: 3, state: null }]).admitted).toHaveLength(1);
    expect(gate.release(before.peer)).toEqual([]);
    expect(gate.release(after.peer)).toEqual([7]);
  });

  it('stamps user.id and role from the connection', () => {
    const gate = new PresenceGate(SERVER_CLIENT);
    const { admitted } = admit(gate, sender('p_vera', 'viewer'), [
      { clientID: 1, clock: 1, state: state({ role: 'editor' }) },
    ]);
    expect(admitted[0]!.state).toEqual({ user: { id: 'p_vera', name: 'N' }, role: 'viewer' });
  });

  it('keeps a summon only from a sender who may lead', () => {
    const gate = new PresenceGate(SERVER_CLIENT);
    const summon = state({ summon: { id: 's_1' } });
    const follower = admit(gate, sender('p_ed'), [{ clientID: 1, clock: 1, state: summon }]);
    expect(follower.admitted[0]!.state).not.toHaveProperty('summon');
    const leader = admit(gate, sender('p_fay', 'editor', true), [{ clientID: 2, clock: 1, state: summon }]);
    expect(leader.admitted[0]!.state).toHaveProperty('summon', { id: 's_1' });
  });

  it('relays the slide someone presents only from a sender who may lead', () => {
    const gate = new PresenceGate(SERVER_CLIENT);
    const presenting = state({ presenting: { slideId: 'slide_hubs' } });
    const other = admit(gate, sender('p_ed'), [{ clientID: 1, clock: 1, state: presenting }]);
    expect(other.admitted[0]!.state).not.toHaveProperty('presenting');
    expect(other.admitted[0]!.state).toHaveProperty('user');
    const leader = admit(gate, sender('p_fay', 'editor', true), [
      { clientID: 2, clock: 1, state: presenting },
    ]);
    expect(leader.admitted[0]!.state).toHaveProperty('presenting', { slideId: 'slide_hubs' });
  });
});
