import { putRecord } from '../docLayout';
import { generateNKeysBetween } from 'fractional-indexing';
import type * as Y from 'yjs';
import { LANE_KIND_TRAITS, LANE_KINDS, newLaneId, type LaneKind } from '../records/lane';
import { newStageId } from '../records/stage';

/** Lanes a new map starts with, top to bottom: one of each kind (`LANE_KIND_TRAITS.shownOnNewMaps`). */
export const DEFAULT_LANES: ReadonlyArray<{ kind: LaneKind; visible: boolean }> = LANE_KINDS.map((kind) => ({
  kind,
  visible: LANE_KIND_TRAITS[kind].shownOnNewMaps,
}));

export const DEFAULT_STAGES = ['Aware', 'Consider', 'Buy', 'Use', 'Support', 'Loyalty'];

/** Writes stages and lanes (inside the caller's transaction); returns their ids in order. */
export function writeGrid(
  doc: Y.Doc,
  stageNames: readonly string[],
): { stageIds: string[]; laneIds: Record<LaneKind, string> } {
  const stageKeys = generateNKeysBetween(null, null, stageNames.length);
  const stageIds = stageNames.map((name, i) => {
    const id = newStageId();
    putRecord(doc, 'stages', { id, name, order: stageKeys[i] ?? 'a0' });
    return id;
  });
  const laneKeys = generateNKeysBetween(null, null, DEFAULT_LANES.length);
  const laneIds = {} as Record<LaneKind, string>;
  DEFAULT_LANES.forEach((lane, i) => {
    const id = newLaneId();
    laneIds[lane.kind] = id;
    putRecord(doc, 'lanes', {
      id,
      kind: lane.kind,
      label: LANE_KIND_TRAITS[lane.kind].label,
      order: laneKeys[i] ?? 'a0',
      visible: lane.visible,
    });
  });
  return { stageIds, laneIds };
}
