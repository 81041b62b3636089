import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { collection } from '../docLayout';
import { votesLeft, votesOn } from '../readFacilitation';
import { expectRefused } from '../testing/commandChecks';
import { ALICE, BOB, CAROL, expectOneFacilitationStep } from '../testing/facilitationChecks';
import { cloneDoc, pushUpdates, sameYState, syncDocs } from '../testing/syncDocs';
import { cleanMap, templateDoc, touchpointTitled } from '../testing/testMaps';
import { claimFacilitatorSeat } from './facilitatorSeat';
import { deleteTouchpoint } from './touchpoints';
import { castVote, endVote, retractVote, revealVotes, startVote } from './voting';

function voting(votesPerPerson = 3, anonymous = false) {
  const doc = templateDoc('sample', 1);
  claimFacilitatorSeat(doc, ALICE);
  const map = cleanMap(doc);
  const x = touchpointTitled(map, 'IVR menu').id;
  const y = touchpointTitled(map, 'Status page').id;
  const voteId = startVote(doc, ALICE, { votesPerPerson, anonymous });
  return { doc, x, y, voteId };
}
const vote = (doc: Y.Doc) => cleanMap(doc).facilitation.vote!;

describe('startVote', () => {
  it('opens a vote in one facilitation step; only the facilitator may', () => {
    const doc = templateDoc('sample');
    claimFacilitatorSeat(doc, ALICE);
    expectRefused(doc, () => startVote(doc, BOB, { votesPerPerson: 3 }), /only the facilitator/);
    expectRefused(doc, () => startVote(doc, ALICE, { votesPerPerson: 0 }));
    expectRefused(doc, () => startVote(doc, ALICE, { votesPerPerson: 21 }));
    const id = expectOneFacilitationStep(doc, () => startVote(doc, ALICE, { votesPerPerson: 3 }));
    expect(vote(doc)).toEqual({
      session: { id, votesPerPerson: 3, anonymous: false, status: 'open', startedBy: ALICE.userId },
      totals: [],
      voters: [],
      ballots: [],
    });
  });
});

describe('castVote and retractVote', () => {
  it('places dots one by one, up to the allowance, and takes them back', () => {
    const { doc, x, y } = voting(3);
    expectOneFacilitationStep(doc, () => castVote(doc, BOB, x));
    castVote(doc, BOB, x);
    castVote(doc, BOB, y);
    expect(votesLeft(vote(doc), BOB.userId)).toBe(0);
    expect(votesOn(vote(doc), BOB.userId, x)).toBe(2);
    expectRefused(doc, () => castVote(doc, BOB, y), /all 3 of your votes/);
    expectOneFacilitationStep(doc, () => retractVote(doc, BOB, y));
    expect(votesLeft(vote(doc), BOB.userId)).toBe(1);
    // The record goes with its last dot: nothing is left behind for that card.
    expect(collection(doc, 'votes').size).toBe(1);
    expectRefused(doc, () => retractVote(doc, BOB, y), /no vote on this card/);
  });

  it('refuses without an open vote, on unknown cards and for malformed voters', () => {
    const doc = templateDoc('sample');
    const card = cleanMap(doc).touchpoints[0]!.id;
    expectRefused(doc, () => castVote(doc, BOB, card), /no vote running/);
    claimFacilitatorSeat(doc, ALICE);
    startVote(doc, ALICE, { votesPerPerson: 2 });
    expectRefused(doc, () => castVote(doc, BOB, 'tp_missing'), /does not exist/);
    expectRefused(doc, () => castVote(doc, { userId: 'a:b', name: 'Mallory' }, card));
  });

  it('two people voting at once on the same card are both counted', () => {
    const { doc: a, x, y } = voting(2);
    const b = cloneDoc(a, 2);
    castVote(a, ALICE, x);
    castVote(b, BOB, x);
    castVote(a, ALICE, x);
    castVote(b, BOB, y);
    syncDocs(a, b);
    expect(sameYState(a, b)).toBe(true);
    expect(vote(a).totals).toEqual([
      { touchpointId: x, count: 3 },
      { touchpointId: y, count: 1 },
    ]);
    expect(vote(b)).toEqual(vote(a));
  });

  it('an anonymous vote writes no names', () => {
    const { doc, x } = voting(2, true);
    castVote(doc, BOB, x);
    expect(JSON.stringify(collection(doc, 'votes').toJSON())).not.toContain('Bob');
    expect(vote(doc).voters).toEqual([{ userId: BOB.userId, userName: '', used: 1 }]);
  });
});

describe('revealVotes and endVote', () => {
  it('reveal closes voting and ranks the cards, most votes first', () => {
    const { doc, x, y } = voting(3);
    castVote(doc, BOB, y);
    castVote(doc, CAROL, x);
    castVote(doc, CAROL, x);
    expectRefused(doc, () => revealVotes(doc, BOB), /only the facilitator/);
    expectOneFacilitationStep(doc, () => revealVotes(doc, ALICE));
    expect(vote(doc).session.status).toBe('revealed');
    expect(vote(doc).totals.map((t) => t.touchpointId)).toEqual([x, y]);
    expectRefused(doc, () => castVote(doc, BOB, x), /results are revealed/);
    expectRefused(doc, () => retractVote(doc, BOB, y), /results are revealed/);
    expectRefused(doc, () => revealVotes(doc, ALICE));
  });

  it('end deletes the vote and every ballot; a late ballot never counts in the next vote', () => {
    const { doc: a, x } = voting(3);
    const offline = cloneDoc(a, 2);
    castVote(a, BOB, x);
    castVote(offline, CAROL, x);
    expectOneFacilitationStep(a, () => endVote(a, ALICE, 1_000));
    expect(cleanMap(a).facilitation.vote).toBeNull();
    expect(collection(a, 'votes').size).toBe(0);
    expectRefused(a, () => endVote(a, ALICE, 1_000), /no vote running/);
    startVote(a, ALICE, { votesPerPerson: 3 });
    pushUpdates(offline, a);
    expect(vote(a).totals).toEqual([]);
    expect(cleanMap(a).facilitation.vote?.voters).toEqual([]);
  });

  it('ballots on a deleted card stop counting', () => {
    const { doc, x, y } = voting(3);
    castVote(doc, BOB, x);
    castVote(doc, BOB, y);
    deleteTouchpoint(doc, y);
    expect(vote(doc).totals).toEqual([{ touchpointId: x, count: 1 }]);
    expect(votesLeft(vote(doc), BOB.userId)).toBe(2);
  });
});
