import { z } from 'zod';
import { newId } from '../ids';
import { mapIdSchema } from './mapLink';

/** A column of the map, left to right in time. */
export const stageSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(120),
  /** Fractional-index key: concurrent reorders by two people merge into one order. */
  order: z.string().min(1).max(200),
  /**
   * Tombstone: a deleted stage stays as a record so a touchpoint added to it concurrently (by
   * someone who had not seen the delete yet) still has somewhere to go: `fallbackStageId`.
   */
  deleted: z.boolean().optional(),
  fallbackStageId: z.string().max(64).optional(),
  /** Issue 21: a child map that details this stage ("Claim" → the claim journey). */
  childMapId: mapIdSchema.optional(),
});
export type StageRecord = Readonly<z.infer<typeof stageSchema>>;
/** A live stage as the view sees it. */
export type Stage = Readonly<{ id: string; name: string; order: string; childMapId?: string }>;

export function newStageId(): string {
  return newId('stage');
}
