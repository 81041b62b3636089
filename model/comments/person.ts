import { z } from 'zod';
import { MAP_ID_PATTERN } from '../ids';

/** A user id: the browser's stable identity (no accounts), from the safe id alphabet. */
export const userIdSchema = z.string().regex(MAP_ID_PATTERN);
/** A display colour as `#rrggbb` (model/userColor.ts), so a hostile value cannot inject CSS. */
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/);

/**
 * Someone who has opened the map (the `people` collection, keyed by their user id): who can be
 * @mentioned even when not here right now. Each person writes only their own record.
 */
export const personRecordSchema = z.object({
  id: userIdSchema,
  name: z.string().min(1).max(60),
  color: colorSchema,
  /** Epoch ms of the last time they opened the map: the autocomplete offers recent people first. */
  lastSeen: z.number().int().nonnegative(),
});
export type PersonRecord = Readonly<z.infer<typeof personRecordSchema>>;

/** Who wrote a comment, as it was when they wrote it (a later rename does not rewrite history). */
export const authorSchema = personRecordSchema.pick({ id: true, name: true, color: true });
export type Author = Readonly<z.infer<typeof authorSchema>>;
