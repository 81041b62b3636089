import type * as Y from 'yjs';
import { z } from 'zod';
import { metaMap, putRecord, transactCommand } from '../docLayout';
import { FACILITATION_ORIGIN, type Origin } from '../origins';
import { plainValue } from '../plainRecord';
import type { Person } from '../records/facilitator';
import { MAX_TIMER_MS, MIN_TIMER_MS, timerSchema, type Timer } from '../records/timer';
import { newTimerRunId, timerRunSchema, type TimerRun } from '../records/timerRun';
import { CommandError, parseInput } from './commandSupport';
import { requireFacilitator } from './facilitatorSeat';

const durationSchema = z.number().int().min(MIN_TIMER_MS).max(MAX_TIMER_MS);

/** The countdown as the doc has it; a malformed value counts as none. */
export function readTimer(doc: Y.Doc): Timer | null {
  const parsed = timerSchema.safeParse(plainValue(metaMap(doc).get('timer')));
  return parsed.success ? parsed.data : null;
}

/**
 * The facilitator starts (or restarts) the shared countdown, and records the run (`timerRuns`) for
 * the session's readout. `now` is the caller's server-corrected clock: commands never read a clock,
 * so they stay deterministic and testable.
 */
export function startTimer(
  doc: Y.Doc,
  by: Person,
  options: { durationMs: number; label?: string; now: number },
  origin: Origin = FACILITATION_ORIGIN,
): void {
  const durationMs = parseInput(durationSchema, Math.round(options.durationMs));
  const label = options.label?.trim() || undefined;
  const timer = parseInput(timerSchema, { endsAt: Math.round(options.now) + durationMs, durationMs, label });
  transactCommand(
    doc,
    () => {
      requireFacilitator(doc, by);
      metaMap(doc).set('timer', timer);
      const run: TimerRun = { id: newTimerRunId(), startedAt: Math.round(options.now), durationMs, label };
      putRecord(doc, 'timerRuns', parseInput(timerRunSchema, run));
    },
    origin,
  );
}

/** Adds time to the countdown; once time is up, "add time" starts a new countdown of that length. */
export function addTime(
  doc: Y.Doc,
  by: Person,
  ms: number,
  now: number,
  origin: Origin = FACILITATION_ORIGIN,
): void {
  const extra = parseInput(durationSchema, Math.round(ms));
  transactCommand(
    doc,
    () => {
      requireFacilitator(doc, by);
      const timer = readTimer(doc);
      if (!timer) throw new CommandError('there is no timer running');
      const running = timer.endsAt > now;
      const next = parseInput(timerSchema, {
        ...timer,
        endsAt: (running ? timer.endsAt : Math.round(now)) + extra,
        durationMs: running ? timer.durationMs + extra : extra,
      });
      metaMap(doc).set('timer', next);
    },
    origin,
  );
}

/** The facilitator stops and removes the countdown. */
export function stopTimer(doc: Y.Doc, by: Person, origin: Origin = FACILITATION_ORIGIN): void {
  transactCommand(
    doc,
    () => {
      requireFacilitator(doc, by);
      if (!metaMap(doc).has('timer')) throw new CommandError('there is no timer running');
      metaMap(doc).delete('timer');
    },
    origin,
  );
}
