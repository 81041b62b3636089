import type { JourneyMap } from '../journeyMap';
import { emotionY, type CurvePoint, type GridLayout } from '../layout';
import { isCurveLane } from '../records/lane';
import type { Persona } from '../records/persona';
import { emotionFor, usesTouchpoint } from './personaTouchpoint';

/** One persona's curve in the emotion lane: its colour and its points, left to right. */
export interface PersonaCurve {
  readonly personaId: string;
  readonly name: string;
  readonly color: string;
  readonly points: readonly CurvePoint[];
}

/**
 * A persona's points on the emotion curve: the map's curve points (`layoutMap`'s `curve`: front-stage
 * cards, left to right, at the same x), without the touchpoints the persona does not use, each at the
 * persona's score. A point keeps `measured` only when it shows the measured (shared) score.
 */
export function personaCurvePoints(
  map: Pick<JourneyMap, 'touchpoints'>,
  layout: Pick<GridLayout, 'curve' | 'rows'>,
  personaId: string,
): CurvePoint[] {
  const row = layout.rows.find((r) => isCurveLane(r.kind));
  if (!row) return [];
  const byId = new Map(map.touchpoints.map((t) => [t.id, t]));
  const out: CurvePoint[] = [];
  for (const point of layout.curve) {
    const tp = byId.get(point.touchpointId);
    if (!tp || !usesTouchpoint(tp, personaId)) continue;
    const own = tp.personaEmotions?.[personaId];
    const emotion = emotionFor(tp, personaId);
    out.push(
      own === undefined
        ? point
        : { touchpointId: tp.id, x: point.x, y: emotionY(row, emotion), emotion, measured: false },
    );
  }
  return out;
}

/** Curves at the same scores would hide each other: each is drawn this many px off the next. */
export const PERSONA_CURVE_GAP = 3;

/** How far (px, down positive) the `index`-th of `count` persona curves is drawn off its scores. */
export function personaCurveOffset(index: number, count: number): number {
  return (index - (count - 1) / 2) * PERSONA_CURVE_GAP;
}

/** One curve per persona, in the order given (the legend's). */
export function personaCurves(
  map: Pick<JourneyMap, 'touchpoints'>,
  layout: Pick<GridLayout, 'curve' | 'rows'>,
  personas: readonly Pick<Persona, 'id' | 'name' | 'color'>[],
): PersonaCurve[] {
  return personas.map((p) => ({
    personaId: p.id,
    name: p.name,
    color: p.color,
    points: personaCurvePoints(map, layout, p.id),
  }));
}
