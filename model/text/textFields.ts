import type { z } from 'zod';
import { MAP_INFO_MAX_LENGTH, type MapInfo } from '../records/mapInfo';
import { WHY_MAX_LENGTH, WHYS_MAX } from '../records/note';
import { stageSchema } from '../records/stage';
import { touchpointSchema } from '../records/touchpoint';
import { noteSchema } from '../records/note';
import { actionSchema } from '../records/action';

/**
 * Which fields are collaborative text (schema v2): stored as Y.Text, so two people typing in one
 * title at once both keep their characters, as in a shared document. Everything else stays a plain
 * value (last writer wins), which is right for a channel, an emotion or an owner picked from a list.
 * The table is the one place that says so: putRecord/patchRecord, the migration, the readers and the
 * editor's text fields all read it. Longest lengths come from the record schemas.
 */
export const TEXT_FIELDS = {
  stages: { name: maxOf(stageSchema.shape.name) },
  lanes: {},
  touchpoints: {
    title: maxOf(touchpointSchema.shape.title),
    description: maxOf(touchpointSchema.shape.description),
    /** Issue 21: what the future state changes about the card (absent until someone writes it). */
    futureNote: maxOf(touchpointSchema.shape.futureNote.unwrap()),
  },
  connections: {},
  notes: { text: maxOf(noteSchema.shape.text) },
  votes: {},
  actions: { title: maxOf(actionSchema.shape.title) },
} as const satisfies Record<string, Record<string, number>>;

/** A list of collaborative texts (a Y.Array of Y.Text): a pain point's five whys. */
export const TEXT_LIST_FIELDS = {
  stages: {},
  lanes: {},
  touchpoints: {},
  connections: {},
  notes: { whys: { items: WHYS_MAX, length: WHY_MAX_LENGTH } },
  votes: {},
  actions: {},
} as const satisfies Record<string, Record<string, { items: number; length: number }>>;

/** The map's header fields, kept in `meta`, are collaborative text too. */
export const META_TEXT_FIELDS: Readonly<Record<keyof MapInfo, number>> = MAP_INFO_MAX_LENGTH;

type TextCollection = keyof typeof TEXT_FIELDS;

/** The longest a text field may be, or undefined when the field is not collaborative text. */
export function textFieldMax(collection: string, field: string): number | undefined {
  const fields = (TEXT_FIELDS as Record<string, Record<string, number> | undefined>)[collection];
  return fields && Object.hasOwn(fields, field) ? fields[field] : undefined;
}

/** The item count and item length of a text-list field, or undefined when it is not one. */
export function textListField(
  collection: string,
  field: string,
): { items: number; length: number } | undefined {
  const fields = (
    TEXT_LIST_FIELDS as Record<string, Record<string, { items: number; length: number }> | undefined>
  )[collection];
  return fields && Object.hasOwn(fields, field) ? fields[field] : undefined;
}

/** The text fields of a collection, by name. */
export function textFieldsOf(collection: TextCollection): readonly string[] {
  return Object.keys(TEXT_FIELDS[collection]);
}

/** The text-list fields of a collection, by name. */
export function textListFieldsOf(collection: TextCollection): readonly string[] {
  return Object.keys(TEXT_LIST_FIELDS[collection]);
}

function maxOf(schema: z.ZodString): number {
  const max = schema.maxLength;
  if (max === null) throw new Error('a collaborative text field needs a maximum length');
  return max;
}
