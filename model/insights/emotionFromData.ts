import type { Emotion } from '../records/emotion';
import type { Touchpoint } from '../records/touchpoint';

/**
 * Emotion derived from measured VoC data instead of the workshop's guess (DOMAIN.md: "an emotion
 * derived from data should say so"). The mapping, used by readMap when a touchpoint's
 * `emotionSource` is 'csat' or 'nps' and it has that figure:
 *
 * - CSAT (1…5), rounded to the nearest whole score first (4.2 → 4, 4.5 → 5):
 *   1 → -2, 2 → -1, 3 → 0, 4 → +1, 5 → +2.
 * - NPS (-100…100): -100…-60 → -2, -59…-20 → -1, -19…19 → 0, 20…59 → +1, 60…100 → +2.
 *   A fractional NPS is rounded to the nearest whole number first (-59.6 → -60 → -2).
 */
export function emotionFromCsat(csat: number): Emotion {
  const score = Math.min(5, Math.max(1, Math.round(csat)));
  return (score - 3) as Emotion;
}

/** NPS → emotion by the bands in the file comment above. */
export function emotionFromNps(nps: number): Emotion {
  const n = Math.round(nps);
  if (n <= -60) return -2;
  if (n <= -20) return -1;
  if (n < 20) return 0;
  if (n < 60) return 1;
  return 2;
}

/** CES (1…7, 7 = "it was easy"), rounded first: 1–2 → -2, 3 → -1, 4 → 0, 5 → +1, 6–7 → +2. */
export function emotionFromCes(ces: number): Emotion {
  const n = Math.min(7, Math.max(1, Math.round(ces)));
  if (n <= 2) return -2;
  if (n === 3) return -1;
  if (n === 4) return 0;
  if (n === 5) return 1;
  return 2;
}

/** A derived emotion and, when it came from a dated metric point, that point's date. */
export interface MeasuredEmotion {
  readonly emotion: Emotion;
  readonly date?: string;
}

/**
 * The derived emotion of a stored touchpoint, or undefined when it keeps its manual score (source
 * 'manual' or absent, or no figure of that kind). The latest metric point of the chosen kind wins
 * (`latest`, from the map's series); without one, the static VoC figure (CSAT, NPS) is used.
 */
export function measuredEmotion(
  tp: Pick<Touchpoint, 'emotionSource' | 'voc'>,
  latest?: (kind: 'csat' | 'nps' | 'ces') => { readonly value: number; readonly date: string } | undefined,
): MeasuredEmotion | undefined {
  const source = tp.emotionSource;
  if (source === undefined || source === 'manual') return undefined;
  const point = latest?.(source);
  const toEmotion = { csat: emotionFromCsat, nps: emotionFromNps, ces: emotionFromCes }[source];
  if (point) return { emotion: toEmotion(point.value), date: point.date };
  const fixed = source === 'csat' ? tp.voc?.csat : source === 'nps' ? tp.voc?.nps : undefined;
  return fixed === undefined ? undefined : { emotion: toEmotion(fixed) };
}
