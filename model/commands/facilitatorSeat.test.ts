import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { collection, metaMap } from '../docLayout';
import { expectRefused } from '../testing/commandChecks';
import { ALICE, BOB, CAROL, expectOneFacilitationStep } from '../testing/facilitationChecks';
import { cloneDoc, sameYState, syncDocs } from '../testing/syncDocs';
import { cleanMap, templateDoc, touchpointTitled } from '../testing/testMaps';
import {
  claimFacilitatorSeat,
  handOverFacilitator,
  releaseFacilitatorSeat,
  resetFacilitation,
} from './facilitatorSeat';
import { setCardLocked, setStructureLocked } from './locks';
import { setFrozen } from './freeze';
import { startTimer } from './timer';
import { castVote, startVote } from './voting';

const holder = (doc: Y.Doc) => cleanMap(doc).facilitation.facilitator;

describe('claimFacilitatorSeat', () => {
  it('takes the empty seat in one facilitation step', () => {
    const doc = templateDoc();
    expect(holder(doc)).toBeNull();
    expectOneFacilitationStep(doc, () => claimFacilitatorSeat(doc, ALICE));
    expect(holder(doc)).toEqual(ALICE);
  });

  it('refuses a held seat, unless the caller saw that the holder is gone', () => {
    const doc = templateDoc();
    claimFacilitatorSeat(doc, ALICE);
    expectRefused(doc, () => claimFacilitatorSeat(doc, BOB), /Alice holds the facilitator seat/);
    claimFacilitatorSeat(doc, BOB, { holderAbsent: true });
    expect(holder(doc)).toEqual(BOB);
  });

  it('taking your own seat again writes nothing, or only your new name', () => {
    const doc = templateDoc();
    claimFacilitatorSeat(doc, ALICE);
    const before = JSON.stringify(metaMap(doc).toJSON());
    claimFacilitatorSeat(doc, ALICE);
    expect(JSON.stringify(metaMap(doc).toJSON())).toBe(before);
    claimFacilitatorSeat(doc, { ...ALICE, name: 'Alice B.' });
    expect(holder(doc)).toEqual({ userId: ALICE.userId, name: 'Alice B.' });
  });

  it('refuses malformed people', () => {
    const doc = templateDoc();
    expectRefused(doc, () => claimFacilitatorSeat(doc, { userId: 'u:1', name: 'X' }));
    expectRefused(doc, () => claimFacilitatorSeat(doc, { userId: '', name: 'X' }));
    expectRefused(doc, () => claimFacilitatorSeat(doc, { userId: 'u_x', name: 'n'.repeat(61) }));
  });

  it('two people taking the empty seat at once converge on one holder', () => {
    const a = templateDoc('blank', 1);
    const b = cloneDoc(a, 2);
    const c = cloneDoc(a, 3);
    claimFacilitatorSeat(a, ALICE);
    claimFacilitatorSeat(b, BOB);
    claimFacilitatorSeat(c, CAROL);
    syncDocs(a, b, c);
    const winner = holder(a);
    expect([ALICE, BOB, CAROL]).toContainEqual(winner);
    expect(holder(b)).toEqual(winner);
    expect(holder(c)).toEqual(winner);
    expect(sameYState(a, b) && sameYState(b, c)).toBe(true);
  });
});

describe('handOverFacilitator and releaseFacilitatorSeat', () => {
  it('the holder hands the seat over; nobody else can', () => {
    const doc = templateDoc();
    claimFacilitatorSeat(doc, ALICE);
    expectRefused(doc, () => handOverFacilitator(doc, BOB, CAROL), /only the facilitator \(Alice\)/);
    expectRefused(doc, () => handOverFacilitator(doc, ALICE, ALICE), /already/);
    expectOneFacilitationStep(doc, () => handOverFacilitator(doc, ALICE, BOB));
    expect(holder(doc)).toEqual(BOB);
    expectRefused(doc, () => handOverFacilitator(doc, ALICE, CAROL));
  });

  it('the holder releases the seat; nobody else can', () => {
    const doc = templateDoc();
    expectRefused(doc, () => releaseFacilitatorSeat(doc, ALICE), /take the facilitator seat first/);
    claimFacilitatorSeat(doc, ALICE);
    expectRefused(doc, () => releaseFacilitatorSeat(doc, BOB));
    expectOneFacilitationStep(doc, () => releaseFacilitatorSeat(doc, ALICE));
    expect(holder(doc)).toBeNull();
  });
});

describe('resetFacilitation', () => {
  it('clears seat, vote, ballots, timer and freeze, and keeps the locks', () => {
    const doc = templateDoc('sample');
    const card = touchpointTitled(cleanMap(doc), 'Agent call').id;
    claimFacilitatorSeat(doc, ALICE);
    setStructureLocked(doc, ALICE, true);
    setCardLocked(doc, ALICE, card, true);
    startVote(doc, ALICE, { votesPerPerson: 3 });
    castVote(doc, BOB, card);
    startTimer(doc, ALICE, { durationMs: 60_000, now: 1_000 });
    setFrozen(doc, ALICE, true);
    resetFacilitation(doc);
    const map = cleanMap(doc);
    expect(map.facilitation).toEqual({
      facilitator: null,
      structureLocked: true,
      timer: null,
      vote: null,
      frozen: null,
    });
    expect(touchpointTitled(map, 'Agent call').locked).toBe(true);
    expect(collection(doc, 'votes').size).toBe(0);
  });
});
