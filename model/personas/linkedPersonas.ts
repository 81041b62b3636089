import type { Persona } from '../records/persona';

export interface LinkedPersonas {
  /** The map's linked personas found in the library, in the map's legend order. */
  readonly personas: readonly Persona[];
  /** Linked ids the library does not hold (deleted, or not loaded yet): reported, never drawn. */
  readonly unknownIds: readonly string[];
}

/** The map's `settings.personaIds` resolved against the library (duplicates counted once). */
export function linkedPersonas(
  map: { readonly settings: { readonly personaIds: readonly string[] } },
  library: readonly Persona[],
): LinkedPersonas {
  const byId = new Map(library.map((p) => [p.id, p]));
  const personas: Persona[] = [];
  const unknownIds: string[] = [];
  for (const id of new Set(map.settings.personaIds)) {
    const persona = byId.get(id);
    if (persona) personas.push(persona);
    else unknownIds.push(id);
  }
  return { personas, unknownIds };
}
