import { defineDocLayout, type FieldCodec } from '../defineDocLayout';
import { LOCAL_ORIGIN } from '../origins';
import { newYText, newYTextList, writeText, writeTextList } from '../text/collabText';
import { PERSONA_LIST_MAX, personaSchema } from '../records/persona';

/**
 * The one module that knows how the persona library lives in its Y.Doc (data for `defineDocLayout`).
 * The library is one doc per server (its own room, `/ws/_library/personas`), synced and role-checked
 * like a map. One collection, `personas`, keyed by id, each a Y.Map of the persona's fields. What
 * people type (name, role, quote) is Y.Text and the goals / needs / frustrations are lists of Y.Text,
 * like the map's text fields (`text/textFields.ts`): two people editing one persona keep both edits.
 */
export const LIBRARY_COLLECTIONS = ['personas'] as const;
export type LibraryCollection = (typeof LIBRARY_COLLECTIONS)[number];

/** Collaborative text fields of a persona, with their longest lengths (from the schema). */
export const PERSONA_TEXT_FIELDS: Readonly<Record<string, number>> = {
  name: personaSchema.shape.name.maxLength ?? 120,
  role: personaSchema.shape.role.maxLength ?? 200,
  quote: personaSchema.shape.quote.maxLength ?? 500,
};

/** Lists of collaborative text: each item one goal, need or frustration. */
export const PERSONA_TEXT_LIST_FIELDS: Readonly<Record<string, { items: number; length: number }>> = {
  goals: { items: PERSONA_LIST_MAX, length: 300 },
  needs: { items: PERSONA_LIST_MAX, length: 300 },
  frustrations: { items: PERSONA_LIST_MAX, length: 300 },
};

const isTextField = (key: string): boolean => Object.hasOwn(PERSONA_TEXT_FIELDS, key);
const isTextList = (key: string, value: unknown): value is string[] =>
  Object.hasOwn(PERSONA_TEXT_LIST_FIELDS, key) &&
  Array.isArray(value) &&
  value.every((v) => typeof v === 'string');

const personaFields: FieldCodec<LibraryCollection> = {
  stored(_name, key, value) {
    if (typeof value === 'string' && isTextField(key)) return newYText(value);
    if (isTextList(key, value)) return newYTextList(value);
    return value;
  },
  edit(rec, _name, key, value) {
    if (typeof value === 'string' && isTextField(key)) writeText(rec, key, value);
    else if (isTextList(key, value)) writeTextList(rec, key, value);
    else return false;
    return true;
  },
};

/** Library writes are the local user's own (LOCAL_ORIGIN); the map's undo never tracks this doc. */
const libraryLayout = defineDocLayout({
  collections: LIBRARY_COLLECTIONS,
  origin: LOCAL_ORIGIN,
  fields: personaFields,
});

export const {
  collection: libraryCollection,
  getRecord: getLibraryRecord,
  putRecord: putLibraryRecord,
  patchRecord: patchLibraryRecord,
  removeRecord: removeLibraryRecord,
  rawRecords: rawLibraryRecords,
  transact: transactLibrary,
} = libraryLayout;
