import { z } from 'zod';
import { newId } from '../ids';
import { timerSchema } from './timer';

/**
 * One countdown the facilitator started (the `timerRuns` collection): the readout lists the timers
 * a session ran. Written once by `startTimer`; "add time" and "stop" change the running timer in
 * `meta.timer`, never the run, and the server refuses any change or delete of one.
 */
export const timerRunSchema = z.object({
  id: z.string().min(1).max(64),
  /** Epoch ms, server time, as `meta.timer.endsAt` counts it. */
  startedAt: z.number().int().positive(),
  /** The length it was started with. */
  durationMs: timerSchema.shape.durationMs,
  label: timerSchema.shape.label,
});
export type TimerRun = Readonly<z.infer<typeof timerRunSchema>>;

export function newTimerRunId(): string {
  return newId('timer');
}
