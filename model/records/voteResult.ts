import { z } from 'zod';
import { MAP_ID_PATTERN } from '../ids';
import { personSchema } from './facilitator';
import { touchpointSchema } from './touchpoint';
import { MAX_VOTES_PER_PERSON, voteSessionSchema } from './vote';

/**
 * Cards a result keeps, most votes first. A record holds at most `MAX_RECORD_VALUES` values
 * (plainRecord.ts) and each card costs four; a dot vote spreads over far fewer cards than this.
 */
export const VOTE_RESULT_MAX_CARDS = 400;
/** More people than any workshop; bounds the counts a hostile writer can claim. */
const MAX_VOTERS = 10_000;

/**
 * A dot vote's result, kept when the facilitator ends the vote (the `voteResults` collection, keyed
 * by the vote's id), so "End vote" no longer throws the outcome away: the readout and the history
 * list it. Written once by the seat holder's `endVote`; the server refuses any change or delete.
 * Card titles are copied as they were when the vote ended: the card may be renamed or deleted later.
 */
export const voteResultSchema = z.object({
  /** The vote's id: one result per vote, even if two tabs ended it at once. */
  id: voteSessionSchema.shape.id,
  /** Epoch ms, server time (the facilitator's corrected clock). */
  endedAt: z.number().int().positive(),
  endedBy: personSchema,
  votesPerPerson: voteSessionSchema.shape.votesPerPerson,
  anonymous: z.boolean(),
  /** How many people placed at least one counted dot. */
  voters: z.number().int().min(0).max(MAX_VOTERS),
  /** Cards with votes, most first, ties in map order. */
  totals: z
    .array(
      z.object({
        touchpointId: z.string().regex(MAP_ID_PATTERN),
        title: touchpointSchema.shape.title,
        count: z
          .number()
          .int()
          .min(1)
          .max(MAX_VOTERS * MAX_VOTES_PER_PERSON),
      }),
    )
    .max(VOTE_RESULT_MAX_CARDS),
});
export type VoteResult = Readonly<z.infer<typeof voteResultSchema>>;
