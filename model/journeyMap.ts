import type { Connection } from './records/connection';
import type { Lane } from './records/lane';
import type { MapInfo } from './records/mapInfo';
import type { Note } from './records/note';
import type { Stage } from './records/stage';
import type { Touchpoint } from './records/touchpoint';

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
