import type * as Y from 'yjs';
import type { ReadProblem } from '../journeyMap';
import { deepFreeze, sameItems, sameJson } from '../identity';
import { compareOrdered } from '../order';
import { parseRecords } from '../parseRecords';
import { schemaFields } from '../plainRecord';
import { MAX_LIBRARY_PERSONAS, personaSchema, type Persona } from '../records/persona';
import { rawLibraryRecords } from './libraryDocLayout';

export interface PersonaLibraryRead {
  /** Valid personas in the library's order (then by id), frozen; at most MAX_LIBRARY_PERSONAS. */
  readonly personas: readonly Persona[];
  /** Records that failed validation (a buggy or hostile writer): skipped, never thrown. */
  readonly problems: readonly ReadProblem[];
}

/**
 * Library doc → validated, frozen personas sorted by `order`. Pass `prev` to keep unchanged personas
 * (and the list itself) identical, so React skips them.
 */
export function readPersonaLibrary(doc: Y.Doc, prev?: readonly Persona[]): PersonaLibraryRead {
  const problems: ReadProblem[] = [];
  const parsed = parseRecords(
    rawLibraryRecords(doc, 'personas', schemaFields(personaSchema)),
    'personas',
    personaSchema,
    problems,
  );
  const prevById = new Map((prev ?? []).map((p) => [p.id, p]));
  const sorted = parsed
    .sort(compareOrdered)
    .slice(0, MAX_LIBRARY_PERSONAS)
    .map((p) => {
      const old = prevById.get(p.id);
      return old && sameJson(old, p) ? old : deepFreeze(p);
    });
  const personas = prev && sameItems(prev, sorted) ? prev : Object.freeze(sorted);
  return { personas, problems };
}
