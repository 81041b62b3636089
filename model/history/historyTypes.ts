/**
 * The shapes of map history (issue 17), shared by the server (which computes them) and the client
 * (which shows them). The functions live beside: `mapDiff.ts` (diffMaps), `readout.ts`
 * (buildReadout, readoutMarkdown). Everything here is plain JSON: it crosses the HTTP API as is.
 */

/** Why a version exists. `named` versions are kept for ever; the others are thinned (retention). */
export const VERSION_REASONS = [
  'named',
  'session-start',
  'session-end',
  'hourly',
  'first-load',
  'before-restore',
  'before-revert',
  'before-import',
  'restored',
] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];
export type VersionKind = 'named' | 'auto' | 'safety';

export interface PersonRef {
  readonly id: string;
  /** As they named themselves in the editor when the server last saw them; '' if never seen. */
  readonly name: string;
}

/** How many cards and notes changed (added / removed / changed), against the version before it. */
export interface ChangeCounts {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
}

/** One version as `GET /api/maps/:id/versions` lists it (newest first). */
export interface VersionSummary {
  readonly id: string;
  readonly kind: VersionKind;
  readonly reason: VersionReason;
  /** The name an editor gave it (named versions), or null. */
  readonly name: string | null;
  /** ISO 8601. */
  readonly takenAt: string;
  /** Who asked for it (a named version, a restore, a revert); null when the server took it itself. */
  readonly takenBy: PersonRef | null;
  /** Who was connected or edited since the version before this one. */
  readonly people: readonly PersonRef[];
  /** Cards and notes changed since the version before this one. */
  readonly changes: ChangeCounts;
  /** Set on `before-restore` / `restored`: the version that was restored. */
  readonly restoredFrom: string | null;
}

/** A record kind that the diff, the compare view and the readout know. */
export type DiffKind = 'touchpoint' | 'note' | 'stage' | 'lane' | 'connection' | 'action';

/** What each record kind is called in the compare list, the revert preview and the readout. */
export const DIFF_KIND_NOUNS = {
  touchpoint: 'Card',
  note: 'Note',
  stage: 'Stage',
  lane: 'Lane',
  connection: 'Route',
  action: 'Action',
} as const satisfies Record<DiffKind, string>;

/** One field of a record, as a person reads it: display strings, '' for empty. */
export interface FieldChange {
  readonly field: string;
  /** A label for people ("Emotion", "Owner"). */
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

export interface RecordChange {
  readonly kind: DiffKind;
  readonly id: string;
  /** Title, note text, stage name… (the after value, or the before value if removed). */
  readonly title: string;
  /** Stage the record sits in (after, or before if removed); null for stages, lanes, connections. */
  readonly stageId: string | null;
  readonly change: 'added' | 'removed' | 'changed';
  /** Empty for added and removed records. */
  readonly fields: readonly FieldChange[];
}

export interface MapDiff {
  readonly changes: readonly RecordChange[];
  /** Map info (title, persona, goal, scenario) that changed. */
  readonly info: readonly FieldChange[];
  /** Cards (touchpoints) and notes only. */
  readonly counts: ChangeCounts;
}

/** A vote's result, kept as a record when the facilitator ends it (`voteResults` collection). */
export interface VoteResultSummary {
  readonly voteId: string;
  /** ISO 8601. */
  readonly endedAt: string;
  readonly votesPerPerson: number;
  readonly anonymous: boolean;
  /** How many people voted. */
  readonly voters: number;
  /** Most votes first; `title` as the card was called when the vote ended. */
  readonly ranking: ReadonlyArray<{
    readonly touchpointId: string;
    readonly title: string;
    readonly count: number;
  }>;
}

export interface ReadoutStage {
  readonly stageId: string;
  readonly stageName: string;
  readonly added: readonly RecordChange[];
  readonly changed: readonly RecordChange[];
  readonly removed: readonly RecordChange[];
}

export interface ReadoutNote {
  readonly id: string;
  readonly text: string;
  readonly stageName: string;
  /** '' when nobody owns it. */
  readonly owner: string;
}

export interface ReadoutHub {
  readonly id: string;
  readonly title: string;
  readonly loadBefore: number;
  readonly loadAfter: number;
  /** Emotion at the hub (-2..2), null if not set. */
  readonly emotionBefore: number | null;
  readonly emotionAfter: number | null;
}

/** The workshop readout (exact, computed from two states): `GET /api/maps/:id/readout`. */
export interface Readout {
  readonly title: string;
  readonly from: { readonly at: string; readonly label: string };
  readonly to: { readonly at: string; readonly label: string };
  readonly counts: ChangeCounts;
  /** Cards and notes added, changed and removed, per stage in map order (removed stages' last). */
  readonly stages: readonly ReadoutStage[];
  readonly votes: readonly VoteResultSummary[];
  readonly timers: ReadonlyArray<{
    readonly startedAt: string;
    readonly durationMs: number;
    readonly label: string;
  }>;
  readonly comments: {
    readonly opened: ReadonlyArray<{
      readonly threadId: string;
      readonly on: string;
      readonly text: string;
      readonly author: string;
    }>;
    readonly resolved: ReadonlyArray<{
      readonly threadId: string;
      readonly on: string;
      readonly text: string;
      readonly author: string;
    }>;
  };
  readonly newPainPoints: readonly ReadoutNote[];
  readonly newOpportunities: readonly ReadoutNote[];
  /** Contact-center hubs whose load (routes in) or emotion moved. */
  readonly hubs: readonly ReadoutHub[];
  /** Touchpoints with no owner now. */
  readonly unowned: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly stageName: string;
  }>;
}

/** What each reason reads as in the timeline, the readout and its Markdown. */
export const VERSION_REASON_LABELS = {
  named: 'Named version',
  'session-start': 'Session started',
  'session-end': 'Session ended',
  hourly: 'Hourly',
  'first-load': 'First opened',
  'before-restore': 'Before restore',
  'before-revert': 'Before revert',
  'before-import': 'Before import',
  restored: 'Restored',
} as const satisfies Record<VersionReason, string>;
