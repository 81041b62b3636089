import { headerKey } from './sheetTable';
import { TOUCHPOINT_FIELD_TRAITS, TOUCHPOINT_FIELDS, type TouchpointField } from './touchpointFields';

/** Which column (index into the headers) each field reads; null = ignored. */
export type ColumnMapping = { readonly [F in TouchpointField]: number | null };

/**
 * Guesses each field's column from the header names: our own export's headers map exactly; then
 * each field's synonyms ("Touchpoint" → Title, "Phase" → Stage). A column feeds one field at most,
 * and a field's first-listed name wins over a later synonym, so "Title" beats "Card" for Title.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const mapping = Object.fromEntries(TOUCHPOINT_FIELDS.map((f) => [f, null])) as Record<
    TouchpointField,
    number | null
  >;
  // Rank 0 = every field's own header, then rank 1 = first synonyms, …: exact names claim columns first.
  const deepest = Math.max(...TOUCHPOINT_FIELDS.map((f) => TOUCHPOINT_FIELD_TRAITS[f].headers.length));
  for (let rank = 0; rank < deepest; rank++) {
    for (const field of TOUCHPOINT_FIELDS) {
      const name = TOUCHPOINT_FIELD_TRAITS[field].headers[rank];
      if (mapping[field] !== null || name === undefined) continue;
      const column = keys.findIndex((k, i) => k === headerKey(name) && !taken.has(i));
      if (column < 0) continue;
      mapping[field] = column;
      taken.add(column);
    }
  }
  return mapping;
}

/** Required fields without a column: the import cannot start ("No column for Stage"). */
export function missingColumns(mapping: ColumnMapping): TouchpointField[] {
  return TOUCHPOINT_FIELDS.filter((f) => TOUCHPOINT_FIELD_TRAITS[f].required && mapping[f] === null);
}
