import { z } from 'zod';
import type { Readout } from '../../model/history';
import { requestJson } from './apiRequest';

/**
 * The workshop readout (`GET /api/maps/:id/readout`), validated against the contract in
 * model/history/historyTypes.ts; the `satisfies` check makes the compiler flag a schema that drifts
 * from that type. The versions it can start from come from historyApi.ts.
 */

const isoString = z.string().refine((v) => Number.isFinite(Date.parse(v)), 'not an ISO time');
const counts = z.object({
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
});

const fieldChange = z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() });
const recordChange = z.object({
  kind: z.enum(['touchpoint', 'note', 'stage', 'lane', 'connection']),
  id: z.string(),
  title: z.string(),
  stageId: z.string().nullable(),
  change: z.enum(['added', 'removed', 'changed']),
  fields: z.array(fieldChange),
});
const note = z.object({ id: z.string(), text: z.string(), stageName: z.string(), owner: z.string() });
const thread = z.object({ threadId: z.string(), on: z.string(), text: z.string(), author: z.string() });
const emotion = z.number().min(-2).max(2).nullable();

export const readoutSchema = z.object({
  title: z.string(),
  from: z.object({ at: isoString, label: z.string() }),
  to: z.object({ at: isoString, label: z.string() }),
  counts,
  stages: z.array(
    z.object({
      stageId: z.string(),
      stageName: z.string(),
      added: z.array(recordChange),
      changed: z.array(recordChange),
      removed: z.array(recordChange),
    }),
  ),
  votes: z.array(
    z.object({
      voteId: z.string(),
      endedAt: isoString,
      votesPerPerson: z.number().int().nonnegative(),
      anonymous: z.boolean(),
      voters: z.number().int().nonnegative(),
      ranking: z.array(
        z.object({ touchpointId: z.string(), title: z.string(), count: z.number().int().nonnegative() }),
      ),
    }),
  ),
  timers: z.array(
    z.object({ startedAt: isoString, durationMs: z.number().nonnegative(), label: z.string() }),
  ),
  comments: z.object({ opened: z.array(thread), resolved: z.array(thread) }),
  newPainPoints: z.array(note),
  newOpportunities: z.array(note),
  hubs: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      loadBefore: z.number(),
      loadAfter: z.number(),
      emotionBefore: emotion,
      emotionAfter: emotion,
    }),
  ),
  unowned: z.array(z.object({ id: z.string(), title: z.string(), stageName: z.string() })),
}) satisfies z.ZodType<Readout>;

const mapUrl = (mapId: string) => `/api/maps/${encodeURIComponent(mapId)}`;

export interface ReadoutResult {
  readonly readout: Readout;
  /** The server's Markdown of the same readout: what the download saves, word for word. */
  readonly markdown: string;
}

/** The readout from `from` (a version id; the server's default: the latest session start) to now. */
export function getReadout(
  mapId: string,
  token: string | null,
  from: string | null,
  signal?: AbortSignal,
): Promise<ReadoutResult> {
  const query = new URLSearchParams({ to: 'now' });
  if (from) query.set('from', from);
  return requestJson(
    `${mapUrl(mapId)}/readout?${query.toString()}`,
    z.object({ readout: readoutSchema, markdown: z.string() }),
    { token, signal },
  );
}
