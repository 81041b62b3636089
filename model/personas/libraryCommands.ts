import type * as Y from 'yjs';
import { CommandError, parseInput } from '../commands/commandSupport';
import { orderKeyAt, orderKeyAtEnd, type Ordered } from '../order';
import type { Origin } from '../origins';
import {
  MAX_LIBRARY_PERSONAS,
  PERSONA_COLORS,
  newPersonaId,
  personaSchema,
  type Persona,
} from '../records/persona';
import {
  getLibraryRecord,
  patchLibraryRecord,
  putLibraryRecord,
  rawLibraryRecords,
  removeLibraryRecord,
  transactLibrary,
} from './libraryDocLayout';

/** What a new persona is made from: everything optional but what the user typed. */
export type NewPersona = Partial<Omit<Persona, 'id' | 'order'>>;
/** The editable fields of a persona; `photo: undefined` / `initials: undefined` clear them. */
export type PersonaPatch = Partial<Omit<Persona, 'id' | 'order'>>;

const patchSchema = personaSchema.omit({ id: true, order: true }).partial();

/**
 * Adds a persona at the end of the library (one transaction). Its colour, when not given, is the
 * next of PERSONA_COLORS in turn. Refused past MAX_LIBRARY_PERSONAS. Returns the new id.
 */
export function addPersona(doc: Y.Doc, input: NewPersona = {}, origin?: Origin): string {
  const siblings = orderedPersonas(doc);
  if (siblings.length >= MAX_LIBRARY_PERSONAS) {
    throw new CommandError(`the library holds at most ${MAX_LIBRARY_PERSONAS} personas`);
  }
  const id = newPersonaId();
  const persona = parseInput(personaSchema, {
    name: '',
    role: '',
    quote: '',
    goals: [],
    needs: [],
    frustrations: [],
    color: PERSONA_COLORS[siblings.length % PERSONA_COLORS.length],
    ...input,
    id,
    order: orderKeyAtEnd(siblings),
  });
  transactLibrary(doc, () => putLibraryRecord(doc, 'personas', persona), origin);
  return id;
}

/** Writes only the fields given (text as the smallest edit of its Y.Text). Unknown id → CommandError. */
export function updatePersona(doc: Y.Doc, id: string, patch: PersonaPatch, origin?: Origin): void {
  const valid = parseInput(patchSchema, patch);
  // Explicitly passed `undefined` clears an optional field (photo, initials).
  const cleared = Object.fromEntries(
    Object.keys(patch)
      .filter((k) => (patch as Record<string, unknown>)[k] === undefined)
      .map((k) => [k, undefined]),
  );
  requirePersona(doc, id);
  transactLibrary(doc, () => patchLibraryRecord(doc, 'personas', id, { ...cleared, ...valid }), origin);
}

/** Removes a persona from the library; maps that linked it simply stop showing it. */
export function removePersona(doc: Y.Doc, id: string, origin?: Origin): void {
  requirePersona(doc, id);
  transactLibrary(doc, () => removeLibraryRecord(doc, 'personas', id), origin);
}

/** Moves a persona to `index` in the library's order (other personas keep their keys). */
export function movePersona(doc: Y.Doc, id: string, index: number, origin?: Origin): void {
  requirePersona(doc, id);
  const order = orderKeyAt(orderedPersonas(doc), index, id);
  transactLibrary(doc, () => patchLibraryRecord(doc, 'personas', id, { order }), origin);
}

function requirePersona(doc: Y.Doc, id: string): void {
  if (!getLibraryRecord(doc, 'personas', id)) throw new CommandError(`persona ${id} does not exist`);
}

/** Ids and order keys of the personas there are (unvalidated: a bad key is stepped over by orderKeyAt). */
function orderedPersonas(doc: Y.Doc): Ordered[] {
  const out: Ordered[] = [];
  for (const [id, raw] of rawLibraryRecords(doc, 'personas', ['order'])) {
    const order = (raw as { order?: unknown } | null)?.order;
    out.push({ id, order: typeof order === 'string' ? order : 'a0' });
  }
  return out;
}
