import { CARD_LANE_KINDS, LANE_KIND_TRAITS, REQUIRED_LANE_KINDS } from '../records/lane';
import { connectionId } from '../records/connection';
import type { MapFileContent } from './mapExportFormat';

/**
 * What zod cannot see: records pointing at each other. A file passing the schemas but with a card
 * in a stage that does not exist would import as a map that `readMap` silently repairs, so it is
 * refused with the first problem named, e.g. `touchpoints[3] ("IVR menu").stageId: no stage "s9"`.
 */
export function findReferenceProblem(map: MapFileContent): string | null {
  for (const [name, list] of [
    ['stages', map.stages],
    ['lanes', map.lanes],
    ['touchpoints', map.touchpoints],
    ['connections', map.connections],
    ['notes', map.notes],
    ['actions', map.actions ?? []],
  ] as const) {
    const seen = new Set<string>();
    for (const [i, rec] of list.entries()) {
      if (seen.has(rec.id)) return `${name}[${i}].id: "${rec.id}" is used twice`;
      seen.add(rec.id);
    }
  }
  for (const kind of REQUIRED_LANE_KINDS) {
    if (!map.lanes.some((l) => l.kind === kind))
      return `lanes: a map needs a "${LANE_KIND_TRAITS[kind].label}" lane (kind "${kind}")`;
  }
  const stageIds = new Set(map.stages.map((s) => s.id));
  const cardLaneIds = new Set(map.lanes.filter((l) => CARD_LANE_KINDS.has(l.kind)).map((l) => l.id));
  const laneIds = new Set(map.lanes.map((l) => l.id));
  for (const [i, tp] of map.touchpoints.entries()) {
    const at = `touchpoints[${i}] (${JSON.stringify(tp.title)})`;
    if (!stageIds.has(tp.stageId)) return `${at}.stageId: no stage "${tp.stageId}"`;
    if (!laneIds.has(tp.laneId)) return `${at}.laneId: no lane "${tp.laneId}"`;
    if (!cardLaneIds.has(tp.laneId)) return `${at}.laneId: lane "${tp.laneId}" does not hold cards`;
  }
  const touchpointIds = new Set(map.touchpoints.map((t) => t.id));
  for (const [i, c] of map.connections.entries()) {
    if (!touchpointIds.has(c.from)) return `connections[${i}].from: no touchpoint "${c.from}"`;
    if (!touchpointIds.has(c.to)) return `connections[${i}].to: no touchpoint "${c.to}"`;
    if (c.from === c.to) return `connections[${i}]: a touchpoint cannot connect to itself`;
    // The id names the edge (two people drawing it at once make one record): keep that true.
    if (c.id !== connectionId(c.from, c.to))
      return `connections[${i}].id: must be "${connectionId(c.from, c.to)}"`;
  }
  for (const [i, n] of map.notes.entries()) {
    if (!stageIds.has(n.stageId)) return `notes[${i}].stageId: no stage "${n.stageId}"`;
    if (n.touchpointId !== undefined && !touchpointIds.has(n.touchpointId)) {
      return `notes[${i}].touchpointId: no touchpoint "${n.touchpointId}"`;
    }
  }
  const noteIds = new Set(map.notes.map((n) => n.id));
  for (const [i, a] of (map.actions ?? []).entries()) {
    if (!noteIds.has(a.noteId))
      return `actions[${i}] (${JSON.stringify(a.title)}).noteId: no note "${a.noteId}"`;
  }
  for (const [i, m] of (map.metrics ?? []).entries()) {
    if (!touchpointIds.has(m.touchpointId))
      return `metrics[${i}].touchpointId: no touchpoint "${m.touchpointId}"`;
  }
  return null;
}
