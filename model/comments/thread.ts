import { z } from 'zod';
import { newId } from '../ids';
import { userIdSchema } from './person';

export const ANCHOR_KINDS = ['touchpoint', 'stage', 'note', 'map'] as const;
export type AnchorKind = (typeof ANCHOR_KINDS)[number];

/** What a thread talks about: one card, stage or note by id, or the map as a whole. */
export const anchorSchema = z.union([
  z.object({ kind: z.enum(['touchpoint', 'stage', 'note']), id: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('map') }),
]);
export type Anchor = Readonly<z.infer<typeof anchorSchema>>;

/** The key counts are kept under: the anchored record's id, or 'map'. */
export function anchorKey(anchor: Anchor): string {
  return anchor.kind === 'map' ? 'map' : anchor.id;
}

const byWhom = z.object({ id: userIdSchema, name: z.string().max(60) });

/**
 * A conversation (the `threads` collection). Its comments are separate records pointing here, so a
 * reply never rewrites the thread; resolving writes only `resolvedAt`/`resolvedBy`.
 */
export const threadSchema = z.object({
  id: z.string().min(1).max(64),
  /** Never changes: a thread stays on what it was started on, even after that is deleted. */
  anchor: anchorSchema,
  /** Epoch ms. */
  createdAt: z.number().int().nonnegative(),
  createdBy: byWhom,
  /** Set while resolved; reopening removes both fields. */
  resolvedAt: z.number().int().nonnegative().optional(),
  resolvedBy: byWhom.optional(),
});
export type Thread = Readonly<z.infer<typeof threadSchema>>;

export function newThreadId(): string {
  return newId('thr');
}
