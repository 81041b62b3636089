import type { Persona } from '../records/persona';

/** The fields of a library persona drawn from a map's free-text `info.persona`. */
export type PersonaDraft = Pick<Persona, 'name' | 'role' | 'quote' | 'goals' | 'needs' | 'frustrations'>;

/**
 * A minimal reading of free text ("Dana Ruiz, small-business owner\nWants answers fast"): the first
 * line up to a comma or dash is the name, the rest of that line the role, and the other lines the
 * quote. Bounded to the schema's lengths; never throws. (P-map's fuller version replaces this one.)
 */
export function personaFromFreeText(text: string): PersonaDraft {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const first = lines[0] ?? '';
  const cut = first.search(/\s*(,|—|–|\s-\s|:)\s*/);
  const name = cut > 0 ? first.slice(0, cut) : first;
  const role = cut > 0 ? first.slice(cut).replace(/^\s*(,|—|–|-|:)\s*/, '') : '';
  return {
    name: name.slice(0, 120) || 'Persona',
    role: role.slice(0, 200),
    quote: lines.slice(1).join(' ').slice(0, 500),
    goals: [],
    needs: [],
    frustrations: [],
  };
}
