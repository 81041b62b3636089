import type { JourneyMap } from '../journeyMap';
import { CARD_LANE_KINDS } from '../records/lane';
import type { MapSelection } from './selectionCommands';

/** Where a new card goes: a stage, and a lane and slot when they are chosen (else the defaults). */
export interface CardPlace {
  readonly stageId: string;
  readonly laneId?: string;
  readonly index?: number;
}

/**
 * Where "add touchpoint" (N, the toolbar) puts a card when the caller names no cell (`at`): the
 * selected card's stage, else a selected card-lane cell (N after clicking a cell adds it there),
 * else the selected stage, else the first stage. Null on a map with no stage: cards live in stages.
 */
export function newCardPlace(
  map: JourneyMap | null,
  selection: MapSelection,
  at?: CardPlace,
): CardPlace | null {
  if (at) return at;
  const selected =
    selection?.kind === 'touchpoint' ? map?.touchpoints.find((t) => t.id === selection.id) : undefined;
  const cell =
    selection?.kind === 'cell' &&
    map?.lanes.some((l) => l.id === selection.laneId && CARD_LANE_KINDS.has(l.kind))
      ? selection
      : undefined;
  const stageId =
    selected?.stageId ?? cell?.stageId ?? (selection?.kind === 'stage' ? selection.id : map?.stages[0]?.id);
  return stageId ? { stageId, laneId: cell?.laneId } : null;
}

/** The stage a new note goes to: the one named, else the first. Undefined with no stage. */
export function newNoteStage(map: JourneyMap | null, stageId?: string): string | undefined {
  return stageId ?? map?.stages[0]?.id;
}
