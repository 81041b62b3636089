import { describe, expect, it } from 'vitest';
import type { Peer } from './readPeers';
import { createSummonWatcher } from './summonWatcher';

const HOLDER = 'p_holder';
/** Client ids whose person holds the facilitator seat in these tests. */
const HOLDER_OF: Record<number, string> = { 2: HOLDER, 3: HOLDER };

function peer(clientId: number, summon: string | null): Peer {
  return {
    clientId,
    user: { id: HOLDER_OF[clientId] ?? `u_${clientId}`, name: `P${clientId}`, color: '#2563eb' },
    cursor: null,
    selection: null,
    editing: null,
    viewport: null,
    view: null,
    drag: null,
    presenting: null,
    summon: summon ? { id: summon } : null,
  };
}

describe('createSummonWatcher', () => {
  it('obeys a new summon id, once', () => {
    const watch = createSummonWatcher();
    expect(watch([peer(2, null)], HOLDER)).toBeNull();
    expect(watch([peer(2, 's1')], HOLDER)?.clientId).toBe(2);
    expect(watch([peer(2, 's1')], HOLDER)).toBeNull();
    expect(watch([peer(2, 's2')], HOLDER)?.clientId).toBe(2);
  });

  it('ignores a summon that was there before the peer was first seen', () => {
    const watch = createSummonWatcher();
    expect(watch([peer(3, 'old')], HOLDER)).toBeNull();
    expect(watch([peer(3, 'old')], HOLDER)).toBeNull();
  });

  it('forgets peers that left, so a returning tab starts fresh', () => {
    const watch = createSummonWatcher();
    watch([peer(2, null)], HOLDER);
    watch([], HOLDER);
    expect(watch([peer(2, 's1')], HOLDER)).toBeNull();
  });

  it('ignores a summon from someone who does not hold the facilitator seat', () => {
    const watch = createSummonWatcher();
    expect(watch([peer(4, null)], HOLDER)).toBeNull();
    expect(watch([peer(4, 's1')], HOLDER)).toBeNull();
    // Nor from anyone while the seat is free.
    expect(watch([peer(2, null)], null)).toBeNull();
    expect(watch([peer(2, 's2')], null)).toBeNull();
  });
});
