import { describe, expect, it } from 'vitest';
import type { Action, JourneyMap, PersonRecord } from '../../../model';
import { ownerPatch, ownerSuggestions } from './ownerSuggestions';

const person = (id: string, name: string, lastSeen: number): PersonRecord => ({
  id,
  name,
  color: '#336699',
  lastSeen,
});
const map = (owners: string[], actionOwners: string[] = []) =>
  ({
    touchpoints: owners.map((owner) => ({ owner })),
    notes: [{ owner: 'Digital team' }],
    actions: actionOwners.map((owner) => ({ owner }) as Action),
  }) as unknown as Pick<JourneyMap, 'touchpoints' | 'notes' | 'actions'>;

describe('owner suggestions', () => {
  const people = [person('p_old', 'Ana', 1), person('p_new', 'Bram', 5)];

  it('offers people (most recently seen first), then the names on the map A…Z, each once', () => {
    const list = ownerSuggestions(map(['Contact centre', ' ', 'ana', 'Billing'], ['Billing']), people);
    expect(list).toEqual([
      { name: 'Bram', personId: 'p_new' },
      { name: 'Ana', personId: 'p_old' },
      { name: 'Billing' },
      { name: 'Contact centre' },
      { name: 'Digital team' },
    ]);
  });

  it('picking a person sets their id; typing another name clears it; empty clears both', () => {
    const list = ownerSuggestions(map(['Billing']), people);
    expect(ownerPatch(' bram ', list)).toEqual({ owner: 'Bram', ownerId: 'p_new' });
    expect(ownerPatch('Billing', list)).toEqual({ owner: 'Billing', ownerId: undefined });
    expect(ownerPatch('Someone new', list)).toEqual({ owner: 'Someone new', ownerId: undefined });
    expect(ownerPatch('  ', list)).toEqual({ owner: undefined, ownerId: undefined });
  });
});
