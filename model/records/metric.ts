import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import type { Emotion } from './emotion';
import { emotionFromCes, emotionFromCsat, emotionFromNps } from '../insights/emotionFromData';
import { isoDateSchema } from './action';

/** What a metric point measures. */
export const METRIC_KINDS = ['nps', 'csat', 'ces', 'custom'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

/** What a metric kind means, as data: its scale, and how a value maps to an emotion (if it does). */
export interface MetricKindTraits {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** How a value is shown ("+32", "4.2", "5.1"). */
  readonly format: (value: number) => string;
  /** The emotion a value means; null for a kind with no agreed scale (custom). */
  readonly emotion: ((value: number) => Emotion) | null;
}

const oneDecimal = (v: number) => (Math.round(v * 10) / 10).toString();

/**
 * The scales: NPS −100…100, CSAT 1…5, CES 1…7 ("the company made it easy", 7 = strongly agree:
 * higher is better), custom any finite number. Emotion bands: see `insights/emotionFromData.ts`.
 */
export const METRIC_KIND_TRAITS = {
  nps: {
    label: 'NPS',
    min: -100,
    max: 100,
    format: (v) => `${v > 0 ? '+' : ''}${Math.round(v)}`,
    emotion: emotionFromNps,
  },
  csat: { label: 'CSAT', min: 1, max: 5, format: oneDecimal, emotion: emotionFromCsat },
  ces: { label: 'CES', min: 1, max: 7, format: oneDecimal, emotion: emotionFromCes },
  custom: { label: 'Custom', min: -1e9, max: 1e9, format: oneDecimal, emotion: null },
} satisfies Readonly<Record<MetricKind, MetricKindTraits>>;

export const METRIC_NAME_MAX = 60;
export const METRIC_SOURCE_MAX = 120;

/**
 * One dated measurement at a touchpoint (the `metrics` collection): "CSAT 4.2 from 310 answers,
 * Medallia, 2026-11-30". A series is every point of one touchpoint, kind and name. Points are
 * records of their own, so two pushes at once both land; the id is derived from what the point is
 * (touchpoint, kind, name, source, date), so pushing the same point again replaces it.
 */
export const metricPointSchema = z.object({
  id: z.string().min(1).max(64),
  touchpointId: z.string().min(1).max(64),
  kind: z.enum(METRIC_KINDS),
  /** A custom metric's name ("First contact resolution"); absent for NPS, CSAT and CES. */
  name: z.string().trim().min(1).max(METRIC_NAME_MAX).optional(),
  value: z.number().finite(),
  sample: z.number().int().min(0).max(1e9).optional(),
  source: z.string().max(METRIC_SOURCE_MAX).optional(),
  date: isoDateSchema,
});
export type MetricPoint = Readonly<z.infer<typeof metricPointSchema>>;

/** The value is on the kind's scale (a CSAT of 9 is refused, with the scale named). */
export function metricValueProblem(kind: MetricKind, value: number): string | null {
  const { min, max, label } = METRIC_KIND_TRAITS[kind];
  if (!Number.isFinite(value)) return `${label} must be a number`;
  if (value < min || value > max) return `${label} must be between ${min} and ${max}`;
  return null;
}

/**
 * A point's id, derived from what it is (touchpoint, kind, custom name, source, date): the same
 * measurement pushed twice, or by two people at once, is one record, and the later value wins.
 */
export function metricPointId(
  p: Pick<MetricPoint, 'touchpointId' | 'kind' | 'name' | 'source' | 'date'>,
): string {
  const key = [
    p.touchpointId,
    p.kind,
    p.kind === 'custom' ? (p.name ?? '') : '',
    p.source ?? '',
    p.date,
  ].join('\u0000');
  const digest = sha256(new TextEncoder().encode(`journey.metric:${key}`));
  let binary = '';
  for (const byte of digest.subarray(0, 16)) binary += String.fromCharCode(byte);
  return `m_${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}
