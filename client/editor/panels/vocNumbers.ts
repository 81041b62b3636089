import type { Voc } from '../../../model';

export interface NumberRule {
  readonly min: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** How the error message names the range, e.g. "-100 to 100". */
  readonly range: string;
}

/** The VoC figures' ranges, as model/records/touchpoint.ts validates them. */
export const VOC_RULES = {
  nps: { min: -100, max: 100, integer: true, range: 'a whole number from -100 to 100' },
  csat: { min: 1, max: 5, range: 'a number from 1 to 5' },
  sampleSize: { min: 0, integer: true, range: 'a whole number, 0 or more' },
} satisfies Record<'nps' | 'csat' | 'sampleSize', NumberRule>;

/** Empty means "no figure" (clears it); a comma is accepted as the decimal mark. */
export function parseFigure(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  return t === '' ? undefined : Number(t);
}

/** The error to show for a typed figure, or null when it may be written. */
export function figureError(text: string, rule: NumberRule): string | null {
  const n = parseFigure(text);
  if (n === undefined) return null;
  const ok =
    Number.isFinite(n) &&
    n >= rule.min &&
    (rule.max === undefined || n <= rule.max) &&
    (!rule.integer || Number.isInteger(n));
  return ok ? null : `Enter ${rule.range}.`;
}

/** DOMAIN.md: an emotion derived from data says so. CSAT 1 → -2 … 5 → +2. */
export function emotionFromCsat(voc: Voc | undefined): number | undefined {
  return voc?.csat === undefined ? undefined : Math.round(voc.csat - 3);
}
