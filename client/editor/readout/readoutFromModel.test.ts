import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readComments } from '../../../model/comments/readComments';
import { claimFacilitatorSeat } from '../../../model/commands/facilitatorSeat';
import { addTouchpoint } from '../../../model/commands/touchpoints';
import { castVote, endVote, startVote } from '../../../model/commands/voting';
import { buildReadout, readTimerRuns, readVoteResults } from '../../../model/history';
import { ALICE, BOB } from '../../../model/testing/facilitationChecks';
import { cleanMap, stageNamed, templateDoc } from '../../../model/testing/testMaps';
import { readoutSchema } from '../../api/readoutApi';
import { READOUT_SECTIONS } from './readoutSections';

const T0 = Date.UTC(2026, 11, 3, 9, 0);

/**
 * The client reads what the server computes: a readout from the model's own `buildReadout` (what
 * GET /readout sends) passes the client's schema unchanged, and its vote reads ranked with counts.
 */
describe('a readout built by the model', () => {
  it('passes the client schema and lists the vote ranked', () => {
    const doc = templateDoc('blank', 1);
    const before = cleanMap(doc);
    const stageId = stageNamed(before, 'Aware').id;
    const ivr = addTouchpoint(doc, { stageId, title: 'IVR menu' });
    const status = addTouchpoint(doc, { stageId, title: 'Status page' });
    claimFacilitatorSeat(doc, ALICE);
    startVote(doc, ALICE, { votesPerPerson: 2 });
    castVote(doc, ALICE, ivr);
    castVote(doc, ALICE, ivr);
    castVote(doc, BOB, ivr);
    castVote(doc, BOB, status);
    endVote(doc, ALICE, T0 + 60_000);
    const after = cleanMap(doc);
    const comments = new Y.Doc();
    const readout = buildReadout({
      title: 'Vote',
      before,
      after,
      commentsBefore: readComments(comments, before).comments,
      commentsAfter: readComments(comments, after).comments,
      voteResults: readVoteResults(doc),
      timerRuns: readTimerRuns(doc),
      from: { at: new Date(T0).toISOString(), label: 'Session start' },
      to: { at: new Date(T0 + 120_000).toISOString(), label: 'Now' },
    });

    const wire = readoutSchema.parse(JSON.parse(JSON.stringify(readout)));
    expect(wire).toEqual(readout);
    const lines = READOUT_SECTIONS.votes.lines(wire, (iso) => iso.slice(11, 16));
    expect(lines.map((l) => (l.marker ? `${l.marker} ${l.text}` : l.text))).toEqual([
      'Vote ended 09:01 · 2 voters · 2 dots each',
      '1. IVR menu: 3 votes',
      '2. Status page: 1 vote',
    ]);
    expect(READOUT_SECTIONS.stages.lines(wire, String).map((l) => l.text)).toEqual([
      'Aware',
      'Added: IVR menu',
      'Added: Status page',
    ]);
  });
});
