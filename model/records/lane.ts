import { z } from 'zod';
import { newId } from '../ids';
import type { NoteKind } from './note';

/** The rows of a map. Touchpoints and emotions are required; the rest are optional. */
export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotions',
  'painPoints',
  'opportunities',
  'backstage',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const LANE_KIND_LABELS: Record<LaneKind, string> = {
  actions: 'Customer actions',
  touchpoints: 'Touchpoints',
  thoughts: 'Thoughts & quotes',
  emotions: 'Emotions',
  painPoints: 'Pain points',
  opportunities: 'Opportunities',
  backstage: 'Backstage',
};

/**
 * The hint under a lane's name on the canvas: how to add to it, or, for people who cannot edit,
 * what it holds (`view`; absent = the same hint).
 */
export const LANE_KIND_HINTS: Readonly<Record<LaneKind, { readonly edit: string; readonly view?: string }>> =
  {
    actions: { edit: 'What the customer does' },
    touchpoints: { edit: 'Double-click a cell to add', view: 'Where they meet the company' },
    thoughts: { edit: 'What they think and say' },
    emotions: { edit: 'How they feel' },
    painPoints: { edit: 'Double-click to add', view: 'What goes wrong for them' },
    opportunities: { edit: 'Double-click to add', view: 'What could be better' },
    backstage: { edit: 'Processes & systems' },
  };

/** What a lane kind means, as data: code reads these traits instead of testing for a kind. */
export interface LaneKindTraits {
  /** What the lane holds: touchpoint cards, sticky notes of one kind, or the emotion curve. */
  readonly holds: 'cards' | 'notes' | 'curve';
  /** The note kind a note lane holds. */
  readonly noteKind?: NoteKind;
  /**
   * Its cards are front-stage moments the customer lives through, so their scores make the emotion
   * curve. Backstage processes, the customer's own actions and their thoughts would put spikes in a
   * line that is meant to show how the customer feels from one touchpoint to the next.
   */
  readonly onCurve: boolean;
  /** Its cards need exactly one owning team (DOMAIN.md): an empty owner is flagged and counted. */
  readonly needsOwner: boolean;
}

export const LANE_KIND_TRAITS: Readonly<Record<LaneKind, LaneKindTraits>> = {
  actions: { holds: 'cards', onCurve: false, needsOwner: false },
  touchpoints: { holds: 'cards', onCurve: true, needsOwner: true },
  thoughts: { holds: 'cards', onCurve: false, needsOwner: false },
  emotions: { holds: 'curve', onCurve: false, needsOwner: false },
  painPoints: { holds: 'notes', noteKind: 'painPoint', onCurve: false, needsOwner: false },
  opportunities: { holds: 'notes', noteKind: 'opportunity', onCurve: false, needsOwner: false },
  backstage: { holds: 'cards', onCurve: false, needsOwner: false },
};

const kindsWhere = (test: (traits: LaneKindTraits) => boolean): LaneKind[] =>
  LANE_KINDS.filter((k) => test(LANE_KIND_TRAITS[k]));

/** Lanes that hold touchpoint cards (the others hold the curve or notes). */
export const CARD_LANE_KINDS: ReadonlySet<LaneKind> = new Set(kindsWhere((t) => t.holds === 'cards'));
/** Lanes whose cards the emotion curve goes through (the legend names them). */
export const CURVE_LANE_KINDS: readonly LaneKind[] = kindsWhere((t) => t.onCurve);
/** The note lane of each note kind. */
export const NOTE_LANE_KIND = Object.fromEntries(
  kindsWhere((t) => t.holds === 'notes').map((k) => [LANE_KIND_TRAITS[k].noteKind!, k]),
) as Record<NoteKind, LaneKind>;
/** The note kind a lane of this kind holds, if it is a note lane (any string: kinds come from the doc). */
export function noteKindOfLane(kind: string | undefined): NoteKind | undefined {
  return kind !== undefined && Object.hasOwn(LANE_KIND_TRAITS, kind)
    ? LANE_KIND_TRAITS[kind as LaneKind].noteKind
    : undefined;
}
/** Lanes every map must keep. */
export const REQUIRED_LANE_KINDS: readonly LaneKind[] = ['touchpoints', 'emotions'];

export const laneSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(LANE_KINDS),
  label: z.string().max(120),
  /** Fractional-index key (see stage.order). */
  order: z.string().min(1).max(200),
  visible: z.boolean(),
});
export type Lane = Readonly<z.infer<typeof laneSchema>>;

export function newLaneId(): string {
  return newId('lane');
}
