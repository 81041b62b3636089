import { z } from 'zod';
import { newId } from '../ids';

export const NOTE_KINDS = ['painPoint', 'opportunity'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** Forrester's four CX areas an opportunity can serve. */
export const CX_AREAS = ['emotion', 'advantage', 'design', 'culture'] as const;
export type CxArea = (typeof CX_AREAS)[number];
export const CX_AREA_LABELS: Record<CxArea, string> = {
  emotion: 'Emotion',
  advantage: 'Advantage',
  design: 'Design',
  culture: 'Culture',
};

/** A pain point's root-cause chain: at most five whys, each a short sentence. */
export const WHYS_MAX = 5;
export const WHY_MAX_LENGTH = 300;

/** A sticky note in the pain-point or opportunity lane, tied to a stage and optionally a touchpoint. */
export const noteSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(NOTE_KINDS),
  stageId: z.string().min(1).max(64),
  touchpointId: z.string().max(64).optional(),
  text: z.string().max(2000),
  cxArea: z.enum(CX_AREAS).optional(),
  /** Fractional-index key inside its stage cell. */
  order: z.string().min(1).max(200),
  /** Locked by the facilitator, like a touchpoint's: absent = unlocked, no migration needed. */
  locked: z.boolean().optional(),
  /**
   * A pain point's "five whys" root-cause chain, first why first. Optional (absent = none), like
   * `owner`, so maps saved before these fields existed need no migration.
   */
  whys: z.array(z.string().max(WHY_MAX_LENGTH)).max(WHYS_MAX).optional(),
  /** Who takes an opportunity forward (one team or person); absent = nobody yet. */
  owner: z.string().max(120).optional(),
});
export type Note = Readonly<z.infer<typeof noteSchema>>;

export function newNoteId(): string {
  return newId('note');
}
