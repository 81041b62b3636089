import { describe, expect, it } from 'vitest';
import { COLLAPSE_AT, filterPeople, onePerPerson, stackLayout } from './peopleStack';
import type { Peer } from './readPeers';

function peer(clientId: number, name = `Person ${clientId}`, userId = `p${clientId}`): Peer {
  return {
    clientId,
    user: { id: userId, name, color: '#112233' },
    cursor: null,
    selection: null,
    editing: null,
    viewport: null,
    view: null,
    summon: null,
    drag: null,
    presenting: null,
  };
}
const crowd = (n: number) => Array.from({ length: n }, (_, i) => peer(i + 1));
const ctx = { selfShown: true, facilitatorId: null, following: null };

describe('stackLayout', () => {
  it('shows everyone when few are here', () => {
    const layout = stackLayout(crowd(5), ctx);
    expect(layout).toEqual({ kind: 'avatars', shown: crowd(5), hidden: [] });
  });

  it('puts the rest behind "+N" past six', () => {
    const layout = stackLayout(crowd(10), ctx);
    if (layout.kind !== 'avatars') throw new Error('expected avatars');
    expect(layout.shown).toHaveLength(4);
    expect(layout.hidden.map((p) => p.clientId)).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it('collapses to a count from COLLAPSE_AT people, this person included', () => {
    expect(stackLayout(crowd(COLLAPSE_AT - 2), ctx).kind).toBe('avatars');
    expect(stackLayout(crowd(COLLAPSE_AT - 1), ctx)).toEqual({
      kind: 'count',
      pinned: [],
      total: COLLAPSE_AT,
    });
    // An unnamed person is not in the stack, so does not count.
    expect(stackLayout(crowd(COLLAPSE_AT - 1), { ...ctx, selfShown: false }).kind).toBe('avatars');
  });

  it('keeps the facilitator and the person followed visible in a crowd', () => {
    const layout = stackLayout(crowd(311), { selfShown: true, facilitatorId: 'p200', following: 17 });
    expect(layout.kind).toBe('count');
    if (layout.kind !== 'count') return;
    expect(layout.total).toBe(312);
    expect(layout.pinned.map((p) => p.clientId)).toEqual([17, 200]);
  });
});

describe('filterPeople', () => {
  const people = [peer(1, 'Zoë Martin'), peer(2, 'Marta Zola'), peer(3, 'Ben Ito'), peer(4, 'Martin Ito')];

  it('keeps everyone for an empty query', () => {
    expect(filterPeople(people, '  ')).toBe(people);
  });

  it('matches each typed word to the start of a word of the name, ignoring case and accents', () => {
    expect(filterPeople(people, 'zoe').map((p) => p.clientId)).toEqual([1]);
    expect(filterPeople(people, 'MART').map((p) => p.clientId)).toEqual([1, 2, 4]);
    expect(filterPeople(people, 'ito mar').map((p) => p.clientId)).toEqual([4]);
    expect(filterPeople(people, 'tin')).toEqual([]);
  });

  it('tells numbered names apart', () => {
    const guests = Array.from({ length: 20 }, (_, i) =>
      peer(i + 1, `Guest ${String(i + 1).padStart(2, '0')}`),
    );
    expect(filterPeople(guests, 'guest 0').map((p) => p.user.name)).toEqual(
      guests.slice(0, 9).map((p) => p.user.name),
    );
  });
});

describe('onePerPerson', () => {
  it('keeps the first tab of a person with two', () => {
    const people = onePerPerson([peer(1, 'A', 'same'), peer(2, 'B'), peer(3, 'A', 'same')]);
    expect(people.map((p) => p.clientId)).toEqual([1, 2]);
  });
});
