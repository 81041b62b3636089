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
 * The persona filter as it applies to this map: the filtered ids the map links, in legend order.
 * Empty = all personas (no filter, or only ids the map no longer links).
 */
export function shownLinkedPersonas(
  map: { readonly settings: { readonly personaIds: readonly string[] } },
  filter: readonly string[] | undefined,
): readonly string[] {
  if (!filter || filter.length === 0) return NONE;
  const shown = map.settings.personaIds.filter((id) => filter.includes(id));
  return shown.length === 0 ? NONE : shown;
}
const NONE: readonly string[] = [];

/**
 * Whether a card is dimmed by the persona filter: some personas are shown (`shown` non-empty) and
 * none of them uses it. An empty filter (all personas) dims nothing.
 */
export function dimmedByPersonaFilter(tp: Touchpoint, shown: readonly string[]): boolean {
  return shown.length > 0 && !shown.some((id) => usesTouchpoint(tp, id));
}
