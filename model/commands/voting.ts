import * as Y from 'yjs';
import {
  collection,
  getRecord,
  metaMap,
  patchRecord,
  putRecord,
  removeRecord,
  transactCommand,
} from '../docLayout';
import { FACILITATION_ORIGIN, type Origin } from '../origins';
import { plainValue } from '../plainRecord';
import { personSchema, type Person } from '../records/facilitator';
import {
  newVoteId,
  voteRecordId,
  voteSessionSchema,
  type VoteRecord,
  type VoteSession,
} from '../records/vote';
import type { VoteTally } from '../journeyMap';
import { readMap } from '../readMap';
import type { Touchpoint } from '../records/touchpoint';
import { VOTE_RESULT_MAX_CARDS, voteResultSchema, type VoteResult } from '../records/voteResult';
import { CommandError, parseInput, requireRecord } from './commandSupport';
import { requireFacilitator } from './facilitatorSeat';

/** The running vote as the doc has it; a malformed value counts as no vote. */
export function readVoteSession(doc: Y.Doc): VoteSession | null {
  const parsed = voteSessionSchema.safeParse(plainValue(metaMap(doc).get('vote')));
  return parsed.success ? parsed.data : null;
}

function requireOpenVote(doc: Y.Doc): VoteSession {
  const vote = readVoteSession(doc);
  if (!vote) throw new CommandError('there is no vote running');
  if (vote.status !== 'open') throw new CommandError('voting is closed: the results are revealed');
  return vote;
}

/** Deletes every ballot, of any vote (including late ones cast against a vote that had ended). */
function removeAllBallots(doc: Y.Doc): void {
  for (const id of [...collection(doc, 'votes').keys()]) removeRecord(doc, 'votes', id);
}

/**
 * The facilitator starts a dot vote: everyone gets `votesPerPerson` dots to place on cards. Replaces a
 * running vote; ballots of earlier votes are swept so the collection only ever holds the current one.
 */
export function startVote(
  doc: Y.Doc,
  by: Person,
  options: { votesPerPerson: number; anonymous?: boolean },
  origin: Origin = FACILITATION_ORIGIN,
): string {
  return transactCommand(
    doc,
    () => {
      requireFacilitator(doc, by);
      const session = parseInput(voteSessionSchema, {
        id: newVoteId(),
        votesPerPerson: options.votesPerPerson,
        anonymous: options.anonymous ?? false,
        status: 'open',
        startedBy: by.userId,
      });
      removeAllBallots(doc);
      metaMap(doc).set('vote', session);
      return session.id;
    },
    origin,
  );
}

/** Dots `userId` has placed in `vote`, counted from the doc (what this client has seen). */
function usedBy(doc: Y.Doc, vote: VoteSession, userId: string): number {
  let used = 0;
  collection(doc, 'votes').forEach((rec: unknown) => {
    // Anything may sit under a key (see plainRecord.ts): only a record can hold dots.
    if (!(rec instanceof Y.Map)) return;
    const count: unknown = rec.get('count');
    if (rec.get('voteId') === vote.id && rec.get('userId') === userId && typeof count === 'number')
      used += count;
  });
  return used;
}

/**
 * Places one of the voter's dots on a card. Writes only the voter's own record for that card, so a
 * concurrent vote by anyone else can never overwrite it. Refused once all dots are placed.
 */
export function castVote(
  doc: Y.Doc,
  voter: Person,
  touchpointId: string,
  origin: Origin = FACILITATION_ORIGIN,
): void {
  const me = parseInput(personSchema, voter);
  transactCommand(
    doc,
    () => {
      const vote = requireOpenVote(doc);
      requireRecord(doc, 'touchpoints', touchpointId);
      if (usedBy(doc, vote, me.userId) >= vote.votesPerPerson) {
        throw new CommandError(`you have placed all ${vote.votesPerPerson} of your votes`);
      }
      const id = voteRecordId(vote.id, me.userId, touchpointId);
      const count = getRecord(doc, 'votes', id)?.get('count');
      if (typeof count === 'number') {
        patchRecord(doc, 'votes', id, { count: count + 1 });
        return;
      }
      const record: VoteRecord = {
        id,
        voteId: vote.id,
        userId: me.userId,
        // An anonymous vote keeps no names in the doc at all, not only off the screen.
        userName: vote.anonymous ? '' : me.name,
        touchpointId,
        count: 1,
      };
      putRecord(doc, 'votes', record);
    },
    origin,
  );
}

/** Takes one of the voter's dots back from a card; the record goes when its last dot does. */
export function retractVote(
  doc: Y.Doc,
  voter: Person,
  touchpointId: string,
  origin: Origin = FACILITATION_ORIGIN,
): void {
  transactCommand(
    doc,
    () => {
      const vote = requireOpenVote(doc);
      const id = voteRecordId(vote.id, voter.userId, touchpointId);
      const count = getRecord(doc, 'votes', id)?.get('count');
      if (typeof count !== 'number' || count < 1) throw new CommandError('you have no vote on this card');
      if (count <= 1) removeRecord(doc, 'votes', id);
      else patchRecord(doc, 'votes', id, { count: count - 1 });
    },
    origin,
  );
}

/** The facilitator closes voting and shows everyone the totals. */
export function revealVotes(doc: Y.Doc, by: Person, origin: Origin = FACILITATION_ORIGIN): void {
  transactCommand(
    doc,
    () => {
      requireFacilitator(doc, by);
      const vote = requireOpenVote(doc);
      metaMap(doc).set('vote', { ...vote, status: 'revealed' });
    },
    origin,
  );
}

/**
 * The facilitator ends the vote: its result is kept as a record (`voteResults/<voteId>`: ranked
 * totals with the cards' titles as they are now, voters, the per-person limit), then the session and
 * all ballots are deleted, in one transaction. The ballots go because a vote is a moment in the
 * workshop, not part of the map; the result stays because people asked what they decided. `now` is
 * the caller's server-corrected clock (commands never read one). Ending a vote twice (two tabs at
 * once) writes the same key: one result per vote.
 */
export function endVote(doc: Y.Doc, by: Person, now: number, origin: Origin = FACILITATION_ORIGIN): void {
  transactCommand(
    doc,
    () => {
      requireFacilitator(doc, by);
      const { map } = readMap(doc);
      const tally = map.facilitation.vote;
      if (!tally) throw new CommandError('there is no vote running');
      putRecord(doc, 'voteResults', voteResultOf(tally, map.touchpoints, by, now));
      metaMap(doc).delete('vote');
      removeAllBallots(doc);
    },
    origin,
  );
}

/** The record an ended vote leaves: counted ballots only, as the results panel showed them. */
function voteResultOf(
  tally: VoteTally,
  touchpoints: readonly Touchpoint[],
  by: Person,
  now: number,
): VoteResult {
  const titles = new Map(touchpoints.map((t) => [t.id, t.title]));
  return parseInput(voteResultSchema, {
    id: tally.session.id,
    endedAt: Math.round(now),
    endedBy: { userId: by.userId, name: by.name },
    votesPerPerson: tally.session.votesPerPerson,
    anonymous: tally.session.anonymous,
    voters: tally.voters.length,
    totals: tally.totals.slice(0, VOTE_RESULT_MAX_CARDS).map(({ touchpointId, count }) => ({
      touchpointId,
      title: titles.get(touchpointId) ?? '',
      count,
    })),
  });
}
