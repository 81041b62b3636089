import type * as Y from 'yjs';
import type { z } from 'zod';
import { metaMap, rawRecords } from './docLayout';
import type { Facilitation, ReadProblem, VoteTally } from './journeyMap';
import { parseValue, reportProblem } from './parseRecords';
import { plainValue, schemaFields } from './plainRecord';
import { facilitatorSchema } from './records/facilitator';
import { freezeSchema } from './records/freeze';
import { timerSchema } from './records/timer';
import type { Touchpoint } from './records/touchpoint';
import {
  voteRecordId,
  voteRecordSchema,
  voteSessionSchema,
  type VoteRecord,
  type VoteSession,
} from './records/vote';

/**
 * Reads the facilitation fields of `meta` and counts the current vote. Like the rest of readMap, a
 * malformed value (a buggy or hostile writer) is reported and read as "none", never thrown.
 * `touchpoints` are the cards the map shows: votes on a card that is gone no longer count.
 */
export function readFacilitation(
  doc: Y.Doc,
  touchpoints: readonly Touchpoint[],
  problems: ReadProblem[],
): Facilitation {
  const meta = metaMap(doc);
  const field = <S extends z.ZodType>(key: string, schema: S): z.infer<S> | null => {
    const raw = meta.get(key);
    if (raw === undefined) return null;
    // Plain first: a value decoded with a `__proto__` key must not pass on inherited fields.
    const parsed = parseValue(plainValue(raw), schema);
    if (parsed.ok) return parsed.data;
    reportProblem(problems, 'meta', key, parsed.message);
    return null;
  };
  const locked = meta.get('structureLocked');
  if (locked !== undefined && typeof locked !== 'boolean') {
    reportProblem(problems, 'meta', 'structureLocked', 'not a boolean');
  }
  const session = field('vote', voteSessionSchema);
  return {
    facilitator: field('facilitator', facilitatorSchema),
    structureLocked: locked === true,
    // The server treats any value here as frozen; a malformed one reads as frozen by nobody named.
    frozen: meta.has('frozen') ? (field('frozen', freezeSchema) ?? { by: '', name: '' }) : null,
    timer: field('timer', timerSchema),
    vote: session ? tallyVotes(doc, session, touchpoints, problems) : null,
  };
}

/**
 * Counts the ballots of `session`. Ballots of another vote (cast late against one that ended) and on
 * deleted cards are ignored silently: both happen in normal use. Invalid ballots, and dots beyond a
 * person's allowance (a hostile writer, or one person voting in two tabs at once), are reported and
 * not counted.
 */
function tallyVotes(
  doc: Y.Doc,
  session: VoteSession,
  touchpoints: readonly Touchpoint[],
  problems: ReadProblem[],
): VoteTally {
  const rank = new Map(touchpoints.map((t, i) => [t.id, i]));
  const ballots: VoteRecord[] = [];
  const used = new Map<string, { userName: string; used: number }>();
  const records = rawRecords(doc, 'votes', schemaFields(voteRecordSchema)).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  for (const [key, raw] of records) {
    const parsed = parseValue(raw, voteRecordSchema);
    if (!parsed.ok) {
      reportProblem(problems, 'votes', key, parsed.message);
      continue;
    }
    const b = parsed.data;
    if (b.id !== key || key !== voteRecordId(b.voteId, b.userId, b.touchpointId)) {
      reportProblem(problems, 'votes', key, 'id does not match its key');
      continue;
    }
    if (b.voteId !== session.id || !rank.has(b.touchpointId)) continue;
    const voter = used.get(b.userId) ?? { userName: session.anonymous ? '' : b.userName, used: 0 };
    const count = Math.min(b.count, session.votesPerPerson - voter.used);
    if (count < b.count) reportProblem(problems, 'votes', key, 'more votes than allowed');
    if (count <= 0) continue;
    voter.used += count;
    used.set(b.userId, voter);
    ballots.push({ ...b, userName: session.anonymous ? '' : b.userName, count });
  }
  const totals = new Map<string, number>();
  for (const b of ballots) totals.set(b.touchpointId, (totals.get(b.touchpointId) ?? 0) + b.count);
  return {
    session,
    totals: [...totals]
      .map(([touchpointId, count]) => ({ touchpointId, count }))
      .sort((a, b) => b.count - a.count || (rank.get(a.touchpointId) ?? 0) - (rank.get(b.touchpointId) ?? 0)),
    voters: [...used].map(([userId, v]) => ({ userId, userName: v.userName, used: v.used })),
    ballots,
  };
}

/** Dots `userId` may still place in this vote. */
export function votesLeft(vote: VoteTally, userId: string): number {
  const used = vote.voters.find((v) => v.userId === userId)?.used ?? 0;
  return Math.max(0, vote.session.votesPerPerson - used);
}

/** Dots `userId` placed on one card. */
export function votesOn(vote: VoteTally, userId: string, touchpointId: string): number {
  return vote.ballots.find((b) => b.userId === userId && b.touchpointId === touchpointId)?.count ?? 0;
}

/** All dots on one card. */
export function totalOn(vote: VoteTally, touchpointId: string): number {
  return vote.totals.find((t) => t.touchpointId === touchpointId)?.count ?? 0;
}
