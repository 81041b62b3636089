import { describe, expect, it } from 'vitest';
import { cachedStateParser, readPeers } from './readPeers';

const bob = { id: 'u_bob', name: 'Bob', color: '#2563eb' };
const carmen = { id: 'u_carmen', name: 'Carmen', color: '#059669' };
const own = { clientId: 1, userId: 'u_alice' };

describe('readPeers', () => {
  it('lists valid peers, not this tab, not this person in another tab, not invalid states', () => {
    const states = new Map<number, unknown>([
      [1, { user: { id: 'u_alice', name: 'Alice', color: '#e11d48' } }],
      [2, { user: bob, cursor: { x: 1, y: 2 } }],
      [3, { user: { id: 'u_alice', name: 'Alice', color: '#e11d48' } }],
      [4, {}],
      [5, { user: { ...carmen, color: 'javascript:' } }],
      [6, { user: carmen }],
    ]);
    const peers = readPeers(states, own, []);
    expect(peers.map((p) => [p.clientId, p.user.name])).toEqual([
      [2, 'Bob'],
      [6, 'Carmen'],
    ]);
    expect(peers[0]?.cursor).toEqual({ x: 1, y: 2 });
  });

  it('keeps the array and the peers identical when nothing changed', () => {
    const states = new Map<number, unknown>([[2, { user: bob, cursor: { x: 1, y: 2 } }]]);
    const first = readPeers(states, own, []);
    const again = readPeers(
      new Map<number, unknown>([[2, { user: { ...bob }, cursor: { x: 1, y: 2 } }]]),
      own,
      first,
    );
    expect(again).toBe(first);
  });

  it('keeps unchanged fields of a changed peer identical', () => {
    const first = readPeers(
      new Map<number, unknown>([
        [2, { user: bob, selection: { kind: 'note', id: 'n1' }, cursor: { x: 1, y: 2 } }],
      ]),
      own,
      [],
    );
    const moved = readPeers(
      new Map<number, unknown>([
        [2, { user: bob, selection: { kind: 'note', id: 'n1' }, cursor: { x: 5, y: 2 } }],
      ]),
      own,
      first,
    );
    expect(moved).not.toBe(first);
    expect(moved[0]).not.toBe(first[0]);
    expect(moved[0]?.user).toBe(first[0]?.user);
    expect(moved[0]?.selection).toBe(first[0]?.selection);
    expect(moved[0]?.cursor).toEqual({ x: 5, y: 2 });
  });

  it('drops people whose state went away', () => {
    const first = readPeers(
      new Map<number, unknown>([
        [2, { user: bob }],
        [6, { user: carmen }],
      ]),
      own,
      [],
    );
    const after = readPeers(new Map<number, unknown>([[6, { user: carmen }]]), own, first);
    expect(after.map((p) => p.clientId)).toEqual([6]);
    expect(after[0]).toBe(first[1]);
  });
});

describe('cachedStateParser', () => {
  it('validates each raw state object once', () => {
    const parse = cachedStateParser();
    const raw = { user: bob };
    const a = parse(raw);
    expect(a).not.toBeNull();
    expect(parse(raw)).toBe(a);
    expect(parse({ user: bob })).not.toBe(a);
    expect(parse(null)).toBeNull();
  });

  it('lets readPeers keep peers whose raw state did not change', () => {
    const parse = cachedStateParser();
    const bobState = { user: bob, cursor: { x: 1, y: 1 } };
    const first = readPeers(
      new Map<number, unknown>([
        [2, bobState],
        [6, { user: carmen }],
      ]),
      own,
      [],
      parse,
    );
    const next = readPeers(
      new Map<number, unknown>([
        [2, bobState],
        [6, { user: carmen, cursor: { x: 3, y: 3 } }],
      ]),
      own,
      first,
      parse,
    );
    expect(next[0]).toBe(first[0]);
    expect(next[1]).not.toBe(first[1]);
  });
});
