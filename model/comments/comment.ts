import { z } from 'zod';
import { newId } from '../ids';
import { authorSchema, userIdSchema } from './person';

export const COMMENT_MAX_LENGTH = 4000;
/** More mentions than this in one comment is spam, not a conversation. */
export const MAX_MENTIONS = 50;

/** One message in a thread (the `comments` collection); the first one opens the thread. */
export const commentSchema = z.object({
  id: z.string().min(1).max(64),
  threadId: z.string().min(1).max(64),
  author: authorSchema,
  /** Empty once deleted (the tombstone keeps its place, so replies stay in context). */
  text: z.string().max(COMMENT_MAX_LENGTH),
  /** User ids of the people @mentioned in `text`. */
  mentions: z.array(userIdSchema).max(MAX_MENTIONS),
  /** Epoch ms; orders the thread (ties by id). */
  createdAt: z.number().int().nonnegative(),
  editedAt: z.number().int().nonnegative().optional(),
  /** Set when its author deleted it: shown as "comment deleted". */
  deletedAt: z.number().int().nonnegative().optional(),
});
export type Comment = Readonly<z.infer<typeof commentSchema>>;

export function newCommentId(): string {
  return newId('cmt');
}
