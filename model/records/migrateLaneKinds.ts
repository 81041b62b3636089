import type * as Y from 'yjs';
import { patchRecord, putRecord, rawRecords, removeRecord } from '../docLayout';
import { orderKeyAt, sortOrdered } from '../order';
import { newLaneId } from './lane';

/**
 * Schema v3: the service blueprint's Evidence and Support processes rows become lane kinds. Before,
 * they were faked as relabelled lanes of kinds with the same traits (cards, off the curve, no owner),
 * which the blueprint template did. Frozen here as it was at v3, independent of the live kinds table.
 */
interface V3Kind {
  readonly kind: string;
  readonly label: string;
  /** The v2 kind that stood in for it, under this label. */
  readonly fakedBy: string;
  /**
   * Where a map without one gets it: right after the last lane of the first of these kinds the map
   * has, at the top when it has none (so Evidence tops a blueprint, Support follows Backstage).
   */
  readonly after: readonly string[];
}

/** A v2 map's lane kinds in a new map's order, top to bottom. */
const V2_LANE_ORDER = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotions',
  'painPoints',
  'opportunities',
  'backstage',
] as const;

const V3_KINDS: readonly V3Kind[] = [
  { kind: 'evidence', label: 'Evidence', fakedBy: 'thoughts', after: [] },
  { kind: 'support', label: 'Support processes', fakedBy: 'backstage', after: [...V2_LANE_ORDER].reverse() },
];

/**
 * The id of the lane v3 adds to a map. Derived, not random, so two processes migrating one doc at
 * once write one lane, not two, and every read of an old version (migrated on read) names the same
 * lane as the live map, so comparing or restoring it shows no lane change. The `_` after `v3` is
 * outside `newId`'s alphabet: no random lane id can equal it.
 */
export function v3LaneId(kind: string): string {
  return `lane_v3_${kind}`;
}

interface RawLane {
  readonly id: string;
  readonly kind: unknown;
  readonly label: unknown;
  readonly order: string;
}

/** The doc's lanes with a string order, in order (raw records may be anything a client wrote). */
function orderedLanes(doc: Y.Doc): RawLane[] {
  const lanes: RawLane[] = [];
  for (const [id, raw] of rawRecords(doc, 'lanes', ['kind', 'label', 'order'])) {
    const { kind, label, order } = (raw ?? {}) as { kind?: unknown; label?: unknown; order?: unknown };
    if (typeof order === 'string') lanes.push({ id, kind, label, order });
  }
  return sortOrdered(lanes);
}

const sameName = (label: unknown, name: string): boolean =>
  typeof label === 'string' && label.trim().toLowerCase() === name.toLowerCase();

/**
 * v2 → v3. A lane faked as one of the new kinds (a `thoughts` lane named "Evidence", a `backstage`
 * lane named "Support processes") becomes that kind, keeping its label, cards and visibility:
 * the traits are the same, so nothing moves. A map still without a lane of a new kind gets one,
 * hidden, as a new map has every kind (there is no other way to add a lane of a kind).
 */
export function laneKindsUp(doc: Y.Doc): void {
  for (const v3 of V3_KINDS) {
    const lanes = orderedLanes(doc);
    const faked = lanes.filter((l) => l.kind === v3.fakedBy && sameName(l.label, v3.label));
    for (const lane of faked) patchRecord(doc, 'lanes', lane.id, { kind: v3.kind });
    if (faked.length > 0 || lanes.some((l) => l.kind === v3.kind)) continue;
    const anchorKind = v3.after.find((k) => lanes.some((l) => l.kind === k));
    const anchor = anchorKind === undefined ? -1 : lanes.findLastIndex((l) => l.kind === anchorKind);
    // Taken only if someone wrote that id by hand (a file, a hostile client): then a random one.
    const id = lanes.some((l) => l.id === v3LaneId(v3.kind)) ? newLaneId() : v3LaneId(v3.kind);
    putRecord(doc, 'lanes', {
      id,
      kind: v3.kind,
      label: v3.label,
      order: orderKeyAt(lanes, anchor + 1),
      visible: false,
    });
  }
}

/**
 * v3 → v2: the lane `laneKindsUp` added goes again while no card is in it; every other lane of a new
 * kind goes back to the kind that faked it, label kept. Not run by the server (maps only go up); it
 * proves that `up` loses nothing.
 */
export function laneKindsDown(doc: Y.Doc): void {
  const cardLaneIds = new Set(
    rawRecords(doc, 'touchpoints', ['laneId']).map(([, raw]) => (raw as { laneId?: unknown } | null)?.laneId),
  );
  for (const lane of orderedLanes(doc)) {
    const v3 = V3_KINDS.find((k) => k.kind === lane.kind);
    if (!v3) continue;
    if (lane.id === v3LaneId(v3.kind) && !cardLaneIds.has(lane.id)) removeRecord(doc, 'lanes', lane.id);
    else patchRecord(doc, 'lanes', lane.id, { kind: v3.fakedBy });
  }
}
