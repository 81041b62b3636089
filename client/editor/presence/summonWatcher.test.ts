import { describe, expect, it } from 'vitest';
import type { Peer } from './readPeers';
import { createSummonWatcher } from './summonWatcher';

function peer(clientId: number, summon: string | null): Peer {
  return {
    clientId,
    user: { id: `u_${clientId}`, name: `P${clientId}`, color: '#2563eb' },
    cursor: null,
    selection: null,
    editing: null,
    viewport: null,
    view: null,
    drag: null,
    summon: summon ? { id: summon } : null,
  };
}

describe('createSummonWatcher', () => {
  it('obeys a new summon id, once', () => {
    const watch = createSummonWatcher();
    expect(watch([peer(2, null)])).toBeNull();
    expect(watch([peer(2, 's1')])?.clientId).toBe(2);
    expect(watch([peer(2, 's1')])).toBeNull();
    expect(watch([peer(2, 's2')])?.clientId).toBe(2);
  });

  it('ignores a summon that was there before the peer was first seen', () => {
    const watch = createSummonWatcher();
    expect(watch([peer(3, 'old')])).toBeNull();
    expect(watch([peer(3, 'old')])).toBeNull();
  });

  it('forgets peers that left, so a returning tab starts fresh', () => {
    const watch = createSummonWatcher();
    watch([peer(2, null)]);
    watch([]);
    expect(watch([peer(2, 's1')])).toBeNull();
  });
});
