import { z } from 'zod';
import type { JourneyMap } from '../journeyMap';
import { isoDateSchema } from '../records/action';
import {
  METRIC_KINDS,
  METRIC_NAME_MAX,
  METRIC_SOURCE_MAX,
  metricPointId,
  metricValueProblem,
  type MetricPoint,
} from '../records/metric';
import { isoDay } from './series';

/** Most points and verbatims one push or one CSV import carries. */
export const METRICS_INPUT_MAX_POINTS = 5_000;
export const METRICS_INPUT_MAX_VERBATIMS = 500;
export const VERBATIM_MAX_LENGTH = 500;
/** A touchpoint keeps its latest verbatims, at most this many (its `voc.verbatims`). */
export const VERBATIMS_KEPT = 50;

/** A card named by id (`touchpointId`) or by title (`touchpoint`, case- and space-insensitive). */
const cardRef = {
  touchpointId: z.string().min(1).max(64).optional(),
  touchpoint: z.string().trim().min(1).max(200).optional(),
};

export const metricInputSchema = z.strictObject({
  ...cardRef,
  kind: z.enum(METRIC_KINDS),
  name: z.string().trim().min(1).max(METRIC_NAME_MAX).optional(),
  value: z.number().finite(),
  sample: z.number().int().min(0).max(1e9).optional(),
  source: z.string().trim().max(METRIC_SOURCE_MAX).optional(),
  /** Absent = today (UTC). */
  date: isoDateSchema.optional(),
});
export type MetricInput = z.infer<typeof metricInputSchema>;

export const verbatimInputSchema = z.strictObject({
  ...cardRef,
  text: z.string().trim().min(1).max(VERBATIM_MAX_LENGTH),
});
export type VerbatimInput = z.infer<typeof verbatimInputSchema>;

/** The body of `POST /api/maps/:id/metrics` (README "Metrics API"). */
export const metricsPushSchema = z
  .strictObject({
    points: z.array(metricInputSchema).max(METRICS_INPUT_MAX_POINTS).optional(),
    verbatims: z.array(verbatimInputSchema).max(METRICS_INPUT_MAX_VERBATIMS).optional(),
  })
  .refine(
    (b) => (b.points?.length ?? 0) + (b.verbatims?.length ?? 0) > 0,
    'send at least one point or verbatim',
  );
export type MetricsPush = z.infer<typeof metricsPushSchema>;

/** One problem with one input item: where (`points[3].value`) and what. */
export interface MetricsInputError {
  readonly path: string;
  readonly message: string;
}

export interface MetricsPlan {
  readonly points: readonly MetricPoint[];
  readonly verbatims: ReadonlyArray<{ readonly touchpointId: string; readonly text: string }>;
  /** Non-empty = nothing may be written. */
  readonly errors: readonly MetricsInputError[];
}

/** Finds cards by id or title; a title two cards share is an error (name the id instead). */
export function touchpointResolver(map: JourneyMap) {
  const ids = new Set(map.touchpoints.map((t) => t.id));
  const byTitle = new Map<string, string[]>();
  for (const t of map.touchpoints) {
    const key = titleKey(t.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), t.id]);
  }
  return (ref: { touchpointId?: string; touchpoint?: string }): { id: string } | { error: string } => {
    if (ref.touchpointId !== undefined) {
      return ids.has(ref.touchpointId)
        ? { id: ref.touchpointId }
        : { error: `no touchpoint with id "${ref.touchpointId}"` };
    }
    if (ref.touchpoint === undefined) return { error: 'name the touchpoint (touchpointId or touchpoint)' };
    const found = byTitle.get(titleKey(ref.touchpoint)) ?? [];
    if (found.length === 1) return { id: found[0]! };
    if (found.length === 0) return { error: `no touchpoint called "${ref.touchpoint}"` };
    return { error: `${found.length} touchpoints are called "${ref.touchpoint}": use touchpointId` };
  };
}

function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/**
 * Checks every item against the map (cards exist, values on their kind's scale, custom metrics
 * named) and builds the records to write. All or nothing: with any error, write nothing.
 */
export function planMetrics(map: JourneyMap, input: MetricsPush, now: number = Date.now()): MetricsPlan {
  const resolve = touchpointResolver(map);
  const today = isoDay(now);
  const errors: MetricsInputError[] = [];
  const points: MetricPoint[] = [];
  (input.points ?? []).forEach((p, i) => {
    const at = `points[${i}]`;
    const card = resolve(p);
    if ('error' in card) errors.push({ path: `${at}.touchpoint`, message: card.error });
    const range = metricValueProblem(p.kind, p.value);
    if (range) errors.push({ path: `${at}.value`, message: range });
    if (p.kind === 'custom' && p.name === undefined)
      errors.push({ path: `${at}.name`, message: 'a custom metric needs a name' });
    if ('error' in card || range) return;
    const fields = {
      touchpointId: card.id,
      kind: p.kind,
      ...(p.kind === 'custom' && p.name !== undefined ? { name: p.name } : {}),
      value: p.value,
      ...(p.sample !== undefined ? { sample: p.sample } : {}),
      ...(p.source ? { source: p.source } : {}),
      date: p.date ?? today,
    };
    points.push({ id: metricPointId(fields), ...fields });
  });
  const verbatims: Array<{ touchpointId: string; text: string }> = [];
  (input.verbatims ?? []).forEach((v, i) => {
    const card = resolve(v);
    if ('error' in card) errors.push({ path: `verbatims[${i}].touchpoint`, message: card.error });
    else verbatims.push({ touchpointId: card.id, text: v.text });
  });
  return { points, verbatims, errors };
}
