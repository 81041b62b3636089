import type { Touchpoint } from '../records/touchpoint';

/** How a persona feels at a touchpoint: its own score when set, else the touchpoint's `emotion`. */
export function emotionFor(tp: Touchpoint, personaId: string): number {
  return tp.personaEmotions?.[personaId] ?? tp.emotion;
}

/** A persona uses every touchpoint except those that list it in `notUsedBy`. */
export function usesTouchpoint(tp: Touchpoint, personaId: string): boolean {
  return !(tp.notUsedBy ?? []).includes(personaId);
}

/**
 * Whether a card is dimmed by the persona filter: some personas are shown (`shown` non-empty) and
 * none of them uses it. An empty filter (all personas) dims nothing.
 */
export function dimmedByPersonaFilter(tp: Touchpoint, shown: readonly string[]): boolean {
  return shown.length > 0 && !shown.some((id) => usesTouchpoint(tp, id));
}
