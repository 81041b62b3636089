import { z } from 'zod';
import { newId } from '../ids';
import { evidenceSchema } from './evidence';

export const NOTE_KINDS = ['painPoint', 'opportunity'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** What a note kind means, as data: code reads these traits instead of testing for a kind. */
export interface NoteKindTraits {
  /** Its name, also the text shown on a note with no text of its own. */
  readonly label: string;
  /** Its name in the plural (stage statistics). */
  readonly plural: string;
  /** Its name inside a sentence ("Delete pain point", "one pain point per line"). */
  readonly noun: string;
  /** What a new note says until someone types (the editor selects it, so typing replaces it). */
  readonly newText: string;
  /** The canvas note's `data-testid`. */
  readonly testId: string;
  /** Its colours: on the canvas, in the side panel and legend, and in exports; its minimap dot. */
  readonly colors: { readonly fill: string; readonly border: string; readonly minimap: string };
  /** It can serve one of the CX areas (`cxArea`), and someone can take it forward (`owner`). */
  readonly actionable: boolean;
  /** It has a "five whys" root-cause chain (`whys`). */
  readonly hasWhys: boolean;
  /** It counts as pain in hub insights (the share of pain that leads to a hub). */
  readonly isPain: boolean;
  /** It can hold actions (`records/action.ts`). */
  readonly holdsActions: boolean;
}

export const NOTE_KIND_TRAITS = {
  painPoint: {
    label: 'Pain point',
    plural: 'Pain points',
    noun: 'pain point',
    newText: 'New pain point',
    testId: 'pain-point',
    colors: { fill: '#ffe4e6', border: '#fecdd3', minimap: '#fca5a5' },
    actionable: false,
    hasWhys: true,
    isPain: true,
    holdsActions: true,
  },
  opportunity: {
    label: 'Opportunity',
    plural: 'Opportunities',
    noun: 'opportunity',
    newText: 'New opportunity',
    testId: 'opportunity',
    colors: { fill: '#dcfce7', border: '#bbf7d0', minimap: '#86efac' },
    actionable: true,
    hasWhys: false,
    isPain: false,
    holdsActions: true,
  },
} satisfies Readonly<Record<NoteKind, NoteKindTraits>>;

/** A value read from the doc (or a clipboard) is a note kind this version knows. */
export function isNoteKind(kind: unknown): kind is NoteKind {
  return (NOTE_KINDS as readonly unknown[]).includes(kind);
}

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
  /** How we know (records/evidence.ts); absent = assumed. */
  evidence: evidenceSchema.optional(),
});
export type Note = Readonly<z.infer<typeof noteSchema>>;

export function newNoteId(): string {
  return newId('note');
}
