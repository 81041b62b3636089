import type { JourneyMap } from '../journeyMap';
import { layoutMap } from '../layout';
import { personaCurvePoints } from '../personas/personaCurves';

/** Whose journey an insight is about: one library persona's id, or 'all' (the map's own emotions). */
export type InsightPersona = string;
export const ALL_PERSONAS = 'all';

export interface MomentOfPain {
  readonly touchpointId: string;
  readonly emotion: number;
  /** 'lowest': at the curve's lowest score; 'dip': a local minimum below 0 elsewhere. */
  readonly kind: 'lowest' | 'dip';
}

/**
 * The "moments of pain" on the emotion curve, in curve order (left to right, as drawn: cards in
 * hidden lanes are not on the curve). The rule:
 * - every point at the curve's lowest score, when that score is below 0 (ties all listed; a curve
 *   that never dips below neutral has no moments of pain);
 * - plus every other dip below 0: a run of equal scores (one point or a plateau) whose neighbours on
 *   both sides of the run are higher, or where the curve ends on that side.
 * `persona`: a persona id reads that persona's curve (its scores, without the cards it does not use);
 * 'all' (the default) reads the map's own curve.
 */
export function momentsOfPain(map: JourneyMap, persona: InsightPersona = ALL_PERSONAS): MomentOfPain[] {
  const layout = layoutMap(map);
  const curve = persona === ALL_PERSONAS ? layout.curve : personaCurvePoints(map, layout, persona);
  if (curve.length === 0) return [];
  const lowest = Math.min(...curve.map((p) => p.emotion));
  const out: MomentOfPain[] = [];
  let start = 0;
  while (start < curve.length) {
    const score = curve[start]!.emotion;
    let end = start;
    while (end + 1 < curve.length && curve[end + 1]!.emotion === score) end++;
    const before = curve[start - 1]?.emotion ?? Infinity;
    const after = curve[end + 1]?.emotion ?? Infinity;
    const kind = score === lowest ? 'lowest' : before > score && after > score ? 'dip' : null;
    if (kind && score < 0) {
      for (let i = start; i <= end; i++)
        out.push({ touchpointId: curve[i]!.touchpointId, emotion: score, kind });
    }
    start = end + 1;
  }
  return out;
}
