import { z } from 'zod';
import { newId } from '../ids';

/**
 * What a slide of the presentation shows. Every slide is a framed view of the real canvas:
 * - `stages`: one stage (or a group of stages side by side), every lane of them;
 * - `hubs`, `pain`, `opportunities`: the whole map, those cards highlighted;
 * - `view`: a rectangle someone framed by hand ("Add this view").
 */
export const SLIDE_KINDS = ['stages', 'hubs', 'pain', 'opportunities', 'view'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** What a slide kind means, as data: code reads these traits instead of testing for a kind. */
export interface SlideKindTraits {
  /** Its name in the slide list. */
  readonly label: string;
  /** The title a slide of this kind shows when it has none of its own (stage slides: the stages' names). */
  readonly defaultTitle: string;
  /** It frames `stageIds`' columns; without one live stage it is not shown. */
  readonly needsStages: boolean;
  /** It frames its own `rect`. */
  readonly needsRect: boolean;
}

export const SLIDE_KIND_TRAITS = {
  stages: { label: 'Stage', defaultTitle: 'Stage', needsStages: true, needsRect: false },
  hubs: { label: 'Hubs', defaultTitle: 'Hubs', needsStages: false, needsRect: false },
  pain: { label: 'Moments of pain', defaultTitle: 'Moments of pain', needsStages: false, needsRect: false },
  opportunities: {
    label: 'Opportunities',
    defaultTitle: 'Opportunities',
    needsStages: false,
    needsRect: false,
  },
  view: { label: 'View', defaultTitle: 'View', needsStages: false, needsRect: true },
} satisfies Readonly<Record<SlideKind, SlideKindTraits>>;

/** Map coordinates are bounded so a hostile writer cannot frame Infinity. */
const coordinate = z.number().finite().min(-1e6).max(1e6);

/** A rectangle of the map in flow coordinates (the canvas' own units). */
export const slideRectSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: z.number().finite().min(1).max(1e6),
  height: z.number().finite().min(1).max(1e6),
});
export type SlideRect = Readonly<z.infer<typeof slideRectSchema>>;

/** Most stages one slide groups. */
export const SLIDE_STAGES_MAX = 20;
export const SLIDE_TITLE_MAX = 120;

/**
 * One slide of the map's presentation (the `slides` collection). Absent records = the default deck
 * (`deck.ts`); the first edit of the deck writes the default deck down, then edits it.
 */
export const slideSchema = z.object({
  /** Default slides have ids derived from what they show, so two people writing the deck at once make one. */
  id: z.string().min(1).max(80),
  kind: z.enum(SLIDE_KINDS),
  /** Empty or absent = the kind's title (a stage slide: its stages' names, which follow renames). */
  title: z.string().max(SLIDE_TITLE_MAX).optional(),
  /** Fractional-index key: concurrent reorders by two people merge into one order. */
  order: z.string().min(1).max(200),
  /** Kept in the deck but skipped while presenting. Absent = shown. */
  hidden: z.boolean().optional(),
  /** A `stages` slide's stages, left to right as the map has them. */
  stageIds: z.array(z.string().min(1).max(64)).max(SLIDE_STAGES_MAX).optional(),
  /** A `view` slide's frame. */
  rect: slideRectSchema.optional(),
});
export type Slide = Readonly<z.infer<typeof slideSchema>>;

export function newSlideId(): string {
  return newId('slide');
}

/** The id a default slide gets when the deck is written down (derived, so concurrent writes merge). */
export function defaultSlideId(kind: SlideKind, stageId?: string): string {
  return stageId ? `slide_${kind}_${stageId}` : `slide_${kind}`;
}
