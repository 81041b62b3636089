import { z } from 'zod';
import { newId } from '../ids';
import type { NoteKind } from './note';

/**
 * The rows of a map. Touchpoints and emotions are required; the rest are optional. Evidence and
 * support processes (schema v3) are the service blueprint's top and bottom layers.
 */
export const LANE_KINDS = [
  'evidence',
  'actions',
  'touchpoints',
  'thoughts',
  'emotions',
  'painPoints',
  'opportunities',
  'backstage',
  'support',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

/** What a lane kind means, as data: code reads these traits instead of testing for a kind. */
export interface LaneKindTraits {
  /** Its name: a new lane's label, and the name used when a lane's own label is empty. */
  readonly label: string;
  /**
   * The hint under a lane's name on the canvas: how to add to it, or, for people who cannot edit,
   * what it holds (`view`; absent = the same hint).
   */
  readonly hint: { readonly edit: string; readonly view?: string };
  /**
   * What the lane holds: touchpoint cards, sticky notes of one kind, or the emotion curve. That
   * decides what it shows: a card lane its cards (the touchpoint panel when one is selected), a
   * note lane its notes (the note panel), the curve lane the curve with the emotion scale beside its
   * name, on the canvas and in the export.
   */
  readonly holds: 'cards' | 'notes' | 'curve';
  /** The note kind a note lane holds (its colours and panel sections are the note kind's). */
  readonly noteKind?: NoteKind;
  /**
   * Its cards are front-stage moments the customer lives through, so their scores make the emotion
   * curve. Backstage processes, the customer's own actions and their thoughts would put spikes in a
   * line that is meant to show how the customer feels from one touchpoint to the next.
   */
  readonly onCurve: boolean;
  /** Its cards need exactly one owning team (DOMAIN.md): an empty owner is flagged and counted. */
  readonly needsOwner: boolean;
  /**
   * Every map keeps a lane of this kind: the last one cannot be deleted and an imported file without
   * one is refused. The required card lane is where a card goes when no lane is named.
   */
  readonly required: boolean;
  /** A new map starts with this lane shown (hidden lanes are one switch away in the side panel). */
  readonly shownOnNewMaps: boolean;
}

/**
 * One row per kind, in the order a new map lists its lanes top to bottom. Typed (not `satisfies`)
 * so that `noteKind` reads on every row; a missing or unknown kind is a compile error either way.
 */
export const LANE_KIND_TRAITS: Readonly<Record<LaneKind, LaneKindTraits>> = {
  evidence: {
    label: 'Evidence',
    hint: { edit: 'What the customer sees and keeps: emails, letters, screens' },
    holds: 'cards',
    onCurve: false,
    needsOwner: false,
    required: false,
    shownOnNewMaps: false,
  },
  actions: {
    label: 'Customer actions',
    hint: { edit: 'What the customer does' },
    holds: 'cards',
    onCurve: false,
    needsOwner: false,
    required: false,
    shownOnNewMaps: true,
  },
  touchpoints: {
    label: 'Touchpoints',
    hint: { edit: 'Double-click a cell to add', view: 'Where they meet the company' },
    holds: 'cards',
    onCurve: true,
    needsOwner: true,
    required: true,
    shownOnNewMaps: true,
  },
  thoughts: {
    label: 'Thoughts & quotes',
    hint: { edit: 'What they think and say' },
    holds: 'cards',
    onCurve: false,
    needsOwner: false,
    required: false,
    shownOnNewMaps: false,
  },
  emotions: {
    label: 'Emotions',
    hint: { edit: 'How they feel' },
    holds: 'curve',
    onCurve: false,
    needsOwner: false,
    required: true,
    shownOnNewMaps: true,
  },
  painPoints: {
    label: 'Pain points',
    hint: { edit: 'Double-click to add', view: 'What goes wrong for them' },
    holds: 'notes',
    noteKind: 'painPoint',
    onCurve: false,
    needsOwner: false,
    required: false,
    shownOnNewMaps: true,
  },
  opportunities: {
    label: 'Opportunities',
    hint: { edit: 'Double-click to add', view: 'What could be better' },
    holds: 'notes',
    noteKind: 'opportunity',
    onCurve: false,
    needsOwner: false,
    required: false,
    shownOnNewMaps: true,
  },
  backstage: {
    label: 'Backstage',
    hint: { edit: 'Processes & systems' },
    holds: 'cards',
    onCurve: false,
    needsOwner: false,
    required: false,
    shownOnNewMaps: true,
  },
  support: {
    label: 'Support processes',
    hint: { edit: 'Systems and partners behind the backstage' },
    holds: 'cards',
    onCurve: false,
    needsOwner: false,
    required: false,
    shownOnNewMaps: false,
  },
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
/** A lane kind's name, or undefined for a kind this version does not know (inputs are untrusted). */
export function laneKindLabel(kind: string): string | undefined {
  return Object.hasOwn(LANE_KIND_TRAITS, kind) ? LANE_KIND_TRAITS[kind as LaneKind].label : undefined;
}
/** Lanes every map must keep. */
export const REQUIRED_LANE_KINDS: readonly LaneKind[] = kindsWhere((t) => t.required);
/** The lane a card goes to when none is named: the required card lane (Touchpoints). */
export const DEFAULT_CARD_LANE_KIND: LaneKind = kindsWhere((t) => t.required && t.holds === 'cards')[0]!;
/** The lane that draws the emotion curve, with the emotion scale beside its name. */
export function isCurveLane(kind: LaneKind): boolean {
  return LANE_KIND_TRAITS[kind].holds === 'curve';
}

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
