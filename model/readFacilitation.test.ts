import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { claimFacilitatorSeat } from './commands/facilitatorSeat';
import { castVote, startVote } from './commands/voting';
import { collection, metaMap } from './docLayout';
import { readMap } from './readMap';
import { voteRecordId } from './records/vote';
import { ALICE, BOB } from './testing/facilitationChecks';
import { cleanMap, templateDoc, touchpointTitled } from './testing/testMaps';

/** Writes straight through Y, as a buggy or hostile client could, bypassing the commands. */
const rawMeta = (doc: Y.Doc, key: string, value: unknown) => doc.transact(() => metaMap(doc).set(key, value));
const rawBallot = (doc: Y.Doc, key: string, fields: Record<string, unknown>) =>
  doc.transact(() => collection(doc, 'votes').set(key, new Y.Map<unknown>(Object.entries(fields))));
const problems = (doc: Y.Doc) => readMap(doc).problems.map((p) => `${p.collection}/${p.id}: ${p.message}`);

function votingDoc(anonymous = false) {
  const doc = templateDoc('sample');
  claimFacilitatorSeat(doc, ALICE);
  const voteId = startVote(doc, ALICE, { votesPerPerson: 3, anonymous });
  const card = touchpointTitled(cleanMap(doc), 'Agent call').id;
  const ballot = (userId: string, count: unknown, extra: Record<string, unknown> = {}) => ({
    id: voteRecordId(voteId, userId, card),
    voteId,
    userId,
    userName: 'Mallory',
    touchpointId: card,
    count,
    ...extra,
  });
  return { doc, voteId, card, ballot };
}

describe('readMap with hostile facilitation values', () => {
  it.each([
    ['facilitator', 'Alice'],
    ['facilitator', { userId: 'u:x', name: 'X' }],
    ['timer', { endsAt: 'soon', durationMs: 1000 }],
    ['timer', { endsAt: 5, durationMs: -1 }],
    ['vote', { id: 'v1', votesPerPerson: 1e9, anonymous: false, status: 'open', startedBy: 'u_a' }],
    ['vote', { id: 'v1', votesPerPerson: 3, anonymous: false, status: 'closed', startedBy: 'u_a' }],
    ['structureLocked', 'yes'],
  ])('reads a malformed meta.%s as none and reports it', (key, value) => {
    const doc = templateDoc('sample');
    rawMeta(doc, key, value);
    const { map } = readMap(doc);
    expect(problems(doc)).toEqual([expect.stringMatching(new RegExp(`^meta/${key}: `))]);
    expect(map.facilitation).toEqual({
      facilitator: null,
      structureLocked: false,
      frozen: null,
      timer: null,
      vote: null,
    });
    expect(map.touchpoints).toHaveLength(11);
  });

  it('skips and reports malformed ballots, and counts the valid ones', () => {
    const { doc, card, ballot, voteId } = votingDoc();
    castVote(doc, BOB, card);
    rawBallot(doc, 'garbage', { nonsense: true });
    rawBallot(doc, ballot('u_m1', 0).id, ballot('u_m1', 0));
    rawBallot(doc, ballot('u_m2', 1.5).id, ballot('u_m2', 1.5));
    rawBallot(doc, 'alias', ballot('u_m3', 1));
    // A ballot filed under someone else's key (claiming to be Bob's record).
    rawBallot(doc, voteRecordId(voteId, 'u_m4', card), ballot('u_m4', 1, { userId: BOB.userId }));
    doc.transact(() => (collection(doc, 'votes') as Y.Map<unknown>).set('not-a-map', 42));
    expect(problems(doc)).toHaveLength(6);
    expect(cleanMapVote(doc).totals).toEqual([{ touchpointId: card, count: 1 }]);
  });

  it('caps a voter at the allowance, whatever count they wrote', () => {
    const { doc, card, ballot } = votingDoc();
    rawBallot(doc, ballot('u_m', 20).id, ballot('u_m', 20));
    const { map, problems: found } = readMap(doc);
    expect(found).toEqual([
      expect.objectContaining({ collection: 'votes', message: 'more votes than allowed' }),
    ]);
    expect(map.facilitation.vote?.totals).toEqual([{ touchpointId: card, count: 3 }]);
  });

  it('hides names in an anonymous vote even when a writer stored one', () => {
    const { doc, ballot } = votingDoc(true);
    rawBallot(doc, ballot('u_m', 1).id, ballot('u_m', 1));
    expect(JSON.stringify(cleanMapVote(doc))).not.toContain('Mallory');
  });

  it('ignores ballots of another vote silently', () => {
    const { doc, ballot } = votingDoc();
    const id = voteRecordId('vote_old', 'u_m', ballot('u_m', 1).touchpointId);
    rawBallot(doc, id, ballot('u_m', 1, { id, voteId: 'vote_old' }));
    expect(problems(doc)).toEqual([]);
    expect(cleanMapVote(doc).totals).toEqual([]);
  });

  it('keeps the facilitation object identical while it does not change', () => {
    const { doc, card } = votingDoc();
    const first = readMap(doc).map;
    const again = readMap(doc, first).map;
    expect(again).toBe(first);
    castVote(doc, BOB, card);
    const next = readMap(doc, first).map;
    expect(next.facilitation).not.toBe(first.facilitation);
    expect(next.touchpoints).toBe(first.touchpoints);
    expect(Object.isFrozen(next.facilitation.vote?.totals)).toBe(true);
  });
});

function cleanMapVote(doc: Y.Doc) {
  const vote = readMap(doc).map.facilitation.vote;
  if (!vote) throw new Error('no vote');
  return vote;
}
