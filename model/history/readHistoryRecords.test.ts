import { describe, expect, it } from 'vitest';
import { addTime, startTimer, stopTimer } from '../commands/timer';
import { updateTouchpoint, deleteTouchpoint } from '../commands/touchpoints';
import { claimFacilitatorSeat } from '../commands/facilitatorSeat';
import { castVote, endVote, revealVotes, startVote } from '../commands/voting';
import { collection, putRecord } from '../docLayout';
import type { ReadProblem } from '../journeyMap';
import { ALICE, BOB, CAROL } from '../testing/facilitationChecks';
import { cloneDoc, pushUpdates } from '../testing/syncDocs';
import { cleanMap, templateDoc, touchpointTitled } from '../testing/testMaps';
import { readTimerRuns, readVoteResults } from './readHistoryRecords';

const T0 = Date.UTC(2026, 11, 3, 9, 0);
const MIN = 60_000;

function workshop() {
  const doc = templateDoc('sample', 1);
  claimFacilitatorSeat(doc, ALICE);
  const map = cleanMap(doc);
  return {
    doc,
    ivr: touchpointTitled(map, 'IVR menu').id,
    status: touchpointTitled(map, 'Status page').id,
  };
}

describe('endVote keeps the result', () => {
  it('writes the ranked totals with the titles of the moment, then clears the ballots', () => {
    const { doc, ivr, status } = workshop();
    const voteId = startVote(doc, ALICE, { votesPerPerson: 3 });
    castVote(doc, BOB, ivr);
    castVote(doc, BOB, ivr);
    castVote(doc, CAROL, status);
    castVote(doc, CAROL, ivr);
    revealVotes(doc, ALICE);
    endVote(doc, ALICE, T0 + 5 * MIN);
    updateTouchpoint(doc, ivr, { title: 'Phone menu' });
    expect(collection(doc, 'votes').size).toBe(0);
    expect(cleanMap(doc).facilitation.vote).toBeNull();
    expect(readVoteResults(doc)).toEqual([
      {
        voteId,
        endedAt: '2026-12-03T09:05:00.000Z',
        votesPerPerson: 3,
        anonymous: false,
        voters: 2,
        ranking: [
          { touchpointId: ivr, title: 'IVR menu', count: 3 },
          { touchpointId: status, title: 'Status page', count: 1 },
        ],
      },
    ]);
  });

  it('counts only what the tally counts: not late ballots of another vote, not deleted cards', () => {
    const { doc, ivr, status } = workshop();
    startVote(doc, ALICE, { votesPerPerson: 2, anonymous: true });
    const offline = cloneDoc(doc, 2);
    castVote(offline, CAROL, ivr);
    castVote(doc, BOB, status);
    castVote(doc, BOB, ivr);
    deleteTouchpoint(doc, status);
    endVote(doc, ALICE, T0);
    const second = startVote(doc, ALICE, { votesPerPerson: 2 });
    pushUpdates(offline, doc);
    endVote(doc, ALICE, T0 + MIN);
    const [first, next] = readVoteResults(doc);
    expect(first).toMatchObject({ anonymous: true, voters: 1, ranking: [{ touchpointId: ivr, count: 1 }] });
    expect(next).toMatchObject({ voteId: second, voters: 0, ranking: [] });
  });
});

describe('startTimer records the run', () => {
  it('one run per start, not per "add time" or stop, oldest first', () => {
    const { doc } = workshop();
    startTimer(doc, ALICE, { durationMs: 5 * MIN, label: ' Ideas ', now: T0 + MIN });
    addTime(doc, ALICE, MIN, T0 + 2 * MIN);
    stopTimer(doc, ALICE);
    startTimer(doc, ALICE, { durationMs: 3 * MIN, now: T0 });
    expect(readTimerRuns(doc)).toEqual([
      { startedAt: '2026-12-03T09:00:00.000Z', durationMs: 3 * MIN, label: '' },
      { startedAt: '2026-12-03T09:01:00.000Z', durationMs: 5 * MIN, label: 'Ideas' },
    ]);
  });
});

describe('the readers', () => {
  it('skip and report records that are not valid, and sort by time', () => {
    const { doc } = workshop();
    const good = { id: 'v2', endedBy: ALICE, votesPerPerson: 3, anonymous: false, voters: 0, totals: [] };
    doc.transact(() => {
      putRecord(doc, 'voteResults', { ...good, endedAt: T0 + MIN });
      putRecord(doc, 'voteResults', { ...good, id: 'v1', endedAt: T0 });
      putRecord(doc, 'voteResults', { ...good, id: 'v3', endedAt: T0, voters: -1 });
      putRecord(doc, 'voteResults', { ...good, id: 'v4', endedAt: T0, totals: 'lots' });
      putRecord(doc, 'timerRuns', { id: 'other-key', startedAt: T0, durationMs: MIN });
      putRecord(doc, 'timerRuns', { id: 't1', startedAt: T0, durationMs: 0 });
    });
    const problems: ReadProblem[] = [];
    expect(readVoteResults(doc, problems).map((r) => r.voteId)).toEqual(['v1', 'v2']);
    expect(readTimerRuns(doc, problems)).toEqual([
      { startedAt: '2026-12-03T09:00:00.000Z', durationMs: MIN, label: '' },
    ]);
    expect(problems.map((p) => `${p.collection}/${p.id}`)).toEqual([
      'voteResults/v3',
      'voteResults/v4',
      'timerRuns/t1',
    ]);
  });
});
