import type { JourneyMap, PersonRecord } from '../../../model';

/** One suggestion for an action's owner: a name on the map, or a person who has opened it. */
export interface OwnerSuggestion {
  readonly name: string;
  /** The person's id when it is someone from the comments doc (picking it sets `ownerId`). */
  readonly personId?: string;
}

/**
 * Who could own an action: the people who have opened the map (comments doc, most recently seen
 * first; they get assignments in their inbox), then the owner names already written on the map's
 * touchpoints, notes and actions (A…Z), each name once (case-insensitive, a person wins).
 */
export function ownerSuggestions(
  map: Pick<JourneyMap, 'touchpoints' | 'notes' | 'actions'> | null,
  people: readonly PersonRecord[],
): OwnerSuggestion[] {
  const seen = new Set<string>();
  const out: OwnerSuggestion[] = [];
  const add = (s: OwnerSuggestion) => {
    const key = s.name.trim().toLocaleLowerCase();
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({ ...s, name: s.name.trim() });
  };
  for (const p of [...people].sort((a, b) => b.lastSeen - a.lastSeen)) add({ name: p.name, personId: p.id });
  const names = [
    ...(map?.touchpoints ?? []).map((t) => t.owner),
    ...(map?.notes ?? []).map((n) => n.owner ?? ''),
    ...(map?.actions ?? []).map((a) => a.owner ?? ''),
  ];
  for (const name of names.map((n) => n.trim()).sort((a, b) => a.localeCompare(b))) add({ name });
  return out;
}

/**
 * What an owner field's text means once committed: a name that is a suggested person's sets their
 * id too; any other name clears it (a typed name is nobody's inbox); empty clears both.
 */
export function ownerPatch(
  text: string,
  suggestions: readonly OwnerSuggestion[],
): { owner: string | undefined; ownerId: string | undefined } {
  const name = text.trim();
  if (!name) return { owner: undefined, ownerId: undefined };
  const person = suggestions.find(
    (s) => s.personId && s.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
  );
  return { owner: person?.name ?? name, ownerId: person?.personId };
}
