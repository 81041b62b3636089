import type { Voc } from '../../../model';

/** DOMAIN.md: an emotion derived from data says so. CSAT 1 → -2 … 5 → +2. */
export function emotionFromCsat(voc: Voc | undefined): number | undefined {
  return voc?.csat === undefined ? undefined : Math.round(voc.csat - 3);
}
