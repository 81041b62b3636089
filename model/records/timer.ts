import { z } from 'zod';

export const MIN_TIMER_MS = 1_000;
/** Three hours: longer than any workshop exercise, short enough to catch a unit mistake. */
export const MAX_TIMER_MS = 3 * 60 * 60 * 1000;

/**
 * The shared countdown: `meta.timer`, written only by the facilitator. It stores when it ends, not
 * how much is left, so every client counts down on its own without any further sync; the instant is
 * in server time (clients correct their clock by the server's, see GET /api/health).
 */
export const timerSchema = z.object({
  /** Epoch ms, server time. */
  endsAt: z.number().int().positive(),
  /** The whole length (grows with "add time"), for a progress display. */
  durationMs: z.number().int().min(MIN_TIMER_MS).max(MAX_TIMER_MS),
  label: z.string().max(80).optional(),
});
export type Timer = Readonly<z.infer<typeof timerSchema>>;
