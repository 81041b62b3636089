import type { Action } from './records/action';
import type { Connection } from './records/connection';
import type { Facilitator } from './records/facilitator';
import type { Freeze } from './records/freeze';
import type { Lane } from './records/lane';
import type { MapInfo } from './records/mapInfo';
import type { MapSettings } from './records/mapSettings';
import type { MetricPoint } from './records/metric';
import type { Note } from './records/note';
import type { Slide } from './records/slide';
import type { Stage } from './records/stage';
import type { Timer } from './records/timer';
import type { Touchpoint } from './records/touchpoint';
import type { VoteRecord, VoteSession } from './records/vote';

/**
 * A validated, immutable snapshot of one map, as the view and the exporters see it. Built from the
 * Y.Doc by `readMap`; never written back. Arrays are in display order.
 */
export interface JourneyMap {
  readonly schemaVersion: number;
  readonly info: MapInfo;
  /** Live stages, left to right. */
  readonly stages: readonly Stage[];
  /** All lanes, top to bottom, hidden ones included (`visible: false`). */
  readonly lanes: readonly Lane[];
  /** Touchpoints in stage order, then lane order, then order inside the cell. */
  readonly touchpoints: readonly Touchpoint[];
  /** Connections whose both ends exist. */
  readonly connections: readonly Connection[];
  /** Notes in stage order, then order inside the cell. */
  readonly notes: readonly Note[];
  /** The presentation's stored slides in order; empty = the default deck (`presentation/deck.ts`). */
  readonly slides: readonly Slide[];
  /** Actions whose note exists, grouped by note in map order, then by `order` inside a note. */
  readonly actions: readonly Action[];
  /** Metric points whose touchpoint exists, oldest first (date, then id). */
  readonly metrics: readonly MetricPoint[];
  /** Programme settings from `meta`, defaults filled in. */
  readonly settings: MapSettings;
  /** The workshop around the map: seat, structure lock, vote and timer. */
  readonly facilitation: Facilitation;
}

/** How the workshop is being run right now; all of it synced through the doc. */
export interface Facilitation {
  /** Null while the seat is free. */
  readonly facilitator: Facilitator | null;
  /** Stages and lanes cannot be added, renamed, moved, hidden or deleted. */
  readonly structureLocked: boolean;
  /** Set while the facilitator has frozen the map: everyone else only looks (the server enforces it). */
  readonly frozen: Freeze | null;
  readonly timer: Timer | null;
  readonly vote: VoteTally | null;
}

/** The current dot vote with its valid ballots counted. */
export interface VoteTally {
  readonly session: VoteSession;
  /** Cards with at least one vote: most votes first, ties in map order. */
  readonly totals: ReadonlyArray<{ readonly touchpointId: string; readonly count: number }>;
  /** Votes each person has placed (names empty when anonymous). */
  readonly voters: ReadonlyArray<{
    readonly userId: string;
    readonly userName: string;
    readonly used: number;
  }>;
  /** The counted ballots, one per person and card, capped at the per-person limit. */
  readonly ballots: readonly VoteRecord[];
}

/** A record the reader skipped or repaired, and why: shown to the user, never thrown. */
export interface ReadProblem {
  readonly collection: string;
  readonly id: string;
  readonly message: string;
}

export interface ReadResult {
  readonly map: JourneyMap;
  readonly problems: readonly ReadProblem[];
}
