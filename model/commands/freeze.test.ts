import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { claimFacilitatorSeat } from './facilitatorSeat';
import { readFreeze, setFrozen } from './freeze';

describe('setFrozen', () => {
  it('freezes and thaws for the facilitator only, naming who froze it', () => {
    const doc = new Y.Doc();
    const host = { userId: 'p_host', name: 'Host' };
    expect(() => setFrozen(doc, host, true)).toThrow(/facilitator seat/);
    claimFacilitatorSeat(doc, host);
    expect(() => setFrozen(doc, { userId: 'p_bob', name: 'Bob' }, true)).toThrow(/only the facilitator/);
    setFrozen(doc, host, true);
    expect(readFreeze(doc)).toEqual({ by: 'p_host', name: 'Host' });
    setFrozen(doc, host, false);
    expect(readFreeze(doc)).toBeNull();
  });
});
