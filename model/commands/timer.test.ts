import { describe, expect, it } from 'vitest';
import { expectRefused } from '../testing/commandChecks';
import { ALICE, BOB, expectOneFacilitationStep } from '../testing/facilitationChecks';
import { cleanMap, templateDoc } from '../testing/testMaps';
import { claimFacilitatorSeat } from './facilitatorSeat';
import { addTime, startTimer, stopTimer } from './timer';

const NOW = 1_750_000_000_000;
const MIN = 60_000;

function facilitated() {
  const doc = templateDoc();
  claimFacilitatorSeat(doc, ALICE);
  return doc;
}
const timer = (doc: ReturnType<typeof templateDoc>) => cleanMap(doc).facilitation.timer;

describe('startTimer', () => {
  it('stores when the countdown ends, in server time, in one facilitation step', () => {
    const doc = facilitated();
    expectOneFacilitationStep(doc, () =>
      startTimer(doc, ALICE, { durationMs: 5 * MIN, label: ' Ideas ', now: NOW }),
    );
    expect(timer(doc)).toEqual({ endsAt: NOW + 5 * MIN, durationMs: 5 * MIN, label: 'Ideas' });
  });

  it('refuses non-facilitators and silly lengths, writing nothing', () => {
    const doc = facilitated();
    expectRefused(doc, () => startTimer(doc, BOB, { durationMs: MIN, now: NOW }), /only the facilitator/);
    expectRefused(doc, () => startTimer(doc, ALICE, { durationMs: 0, now: NOW }));
    expectRefused(doc, () => startTimer(doc, ALICE, { durationMs: 4 * 60 * MIN, now: NOW }));
    expectRefused(doc, () => startTimer(doc, ALICE, { durationMs: Number.NaN, now: NOW }));
    expectRefused(doc, () => startTimer(doc, ALICE, { durationMs: MIN, label: 'x'.repeat(81), now: NOW }));
  });
});

describe('addTime and stopTimer', () => {
  it('adds to a running countdown, and restarts one whose time is up', () => {
    const doc = facilitated();
    startTimer(doc, ALICE, { durationMs: 3 * MIN, now: NOW });
    expectOneFacilitationStep(doc, () => addTime(doc, ALICE, MIN, NOW + MIN));
    expect(timer(doc)).toMatchObject({ endsAt: NOW + 4 * MIN, durationMs: 4 * MIN });
    addTime(doc, ALICE, MIN, NOW + 10 * MIN);
    expect(timer(doc)).toMatchObject({ endsAt: NOW + 11 * MIN, durationMs: MIN });
    expectRefused(doc, () => addTime(doc, BOB, MIN, NOW));
  });

  it('stops the countdown; without one there is nothing to stop or extend', () => {
    const doc = facilitated();
    expectRefused(doc, () => stopTimer(doc, ALICE), /no timer/);
    expectRefused(doc, () => addTime(doc, ALICE, MIN, NOW), /no timer/);
    startTimer(doc, ALICE, { durationMs: MIN, now: NOW });
    expectRefused(doc, () => stopTimer(doc, BOB));
    expectOneFacilitationStep(doc, () => stopTimer(doc, ALICE));
    expect(timer(doc)).toBeNull();
  });
});
