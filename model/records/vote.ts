import { z } from 'zod';
import { MAP_ID_PATTERN, newId } from '../ids';
import { personSchema } from './facilitator';

export const MAX_VOTES_PER_PERSON = 20;
export const VOTE_STATUSES = ['open', 'revealed'] as const;
export type VoteStatus = (typeof VOTE_STATUSES)[number];

/**
 * The running dot vote: `meta.vote`, written only by the facilitator. `id` names this vote so that
 * ballots cast for an earlier one (arriving late from someone offline) are never counted in it.
 */
export const voteSessionSchema = z.object({
  id: z.string().regex(MAP_ID_PATTERN),
  votesPerPerson: z.number().int().min(1).max(MAX_VOTES_PER_PERSON),
  /** Results show totals only; ballots are written without the voter's name. */
  anonymous: z.boolean(),
  /** 'open': people place dots and see only their own; 'revealed': voting stops, totals rank the cards. */
  status: z.enum(VOTE_STATUSES),
  /** The facilitator's user id when the vote started. */
  startedBy: personSchema.shape.userId,
});
export type VoteSession = Readonly<z.infer<typeof voteSessionSchema>>;

/**
 * One person's dots on one card in one vote (the `votes` collection). One record per person and
 * card, written only by that person: two people voting at once write different records, so no vote
 * is ever lost to a concurrent one.
 */
export const voteRecordSchema = z.object({
  /** Always `voteRecordId(voteId, userId, touchpointId)`: the same dots can never exist twice. */
  id: z.string().min(1).max(200),
  voteId: voteSessionSchema.shape.id,
  userId: personSchema.shape.userId,
  /** Empty in an anonymous vote. */
  userName: personSchema.shape.name,
  touchpointId: z.string().regex(MAP_ID_PATTERN),
  count: z.number().int().min(1).max(MAX_VOTES_PER_PERSON),
});
export type VoteRecord = Readonly<z.infer<typeof voteRecordSchema>>;

/** The parts are from the safe id alphabet (no ':'), so the id names exactly one vote, person and card. */
export function voteRecordId(voteId: string, userId: string, touchpointId: string): string {
  return `${voteId}:${userId}:${touchpointId}`;
}

export function newVoteId(): string {
  return newId('vote');
}
