import type * as Y from 'yjs';
import { rawRecords } from '../docLayout';
import type { ReadProblem } from '../journeyMap';
import { parseRecords } from '../parseRecords';
import { schemaFields } from '../plainRecord';
import { timerRunSchema } from '../records/timerRun';
import { voteResultSchema } from '../records/voteResult';
import type { Readout, VoteResultSummary } from './historyTypes';

/** A countdown the facilitator ran, as the readout lists it. */
export type TimerRunSummary = Readout['timers'][number];

/**
 * The votes that ended on this map, oldest first (ties by id, so every reader agrees), as the
 * readout and the history list them. Kept out of `JourneyMap` (readMap): the canvas never shows them,
 * and reading them on every keystroke would cost for nothing. Invalid records (a hostile writer the
 * server let through before this rule, or a future format) are skipped and reported, never thrown.
 */
export function readVoteResults(doc: Y.Doc, problems: ReadProblem[] = []): VoteResultSummary[] {
  const entries = rawRecords(doc, 'voteResults', schemaFields(voteResultSchema));
  return parseRecords(entries, 'voteResults', voteResultSchema, problems)
    .sort((a, b) => a.endedAt - b.endedAt || byId(a, b))
    .map((r) => ({
      voteId: r.id,
      endedAt: new Date(r.endedAt).toISOString(),
      votesPerPerson: r.votesPerPerson,
      anonymous: r.anonymous,
      voters: r.voters,
      ranking: r.totals.map(({ touchpointId, title, count }) => ({ touchpointId, title, count })),
    }));
}

/** The countdowns started on this map, oldest first; like `readVoteResults`, validated. */
export function readTimerRuns(doc: Y.Doc, problems: ReadProblem[] = []): TimerRunSummary[] {
  const entries = rawRecords(doc, 'timerRuns', schemaFields(timerRunSchema));
  return parseRecords(entries, 'timerRuns', timerRunSchema, problems)
    .sort((a, b) => a.startedAt - b.startedAt || byId(a, b))
    .map((r) => ({
      startedAt: new Date(r.startedAt).toISOString(),
      durationMs: r.durationMs,
      label: r.label ?? '',
    }));
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
