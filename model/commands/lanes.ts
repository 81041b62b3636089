import type * as Y from 'yjs';
import { patchRecord, putRecord, removeRecord, transactCommand } from '../docLayout';
import { orderKeyAt, sortOrdered } from '../order';
import type { Origin } from '../origins';
import {
  DEFAULT_CARD_LANE_KIND,
  LANE_KIND_TRAITS,
  laneKindLabel,
  laneSchema,
  newLaneId,
  REQUIRED_LANE_KINDS,
  type LaneKind,
} from '../records/lane';
import { CommandError, parseInput, placedRecords, requireRecord } from './commandSupport';
import { requireNoLockedCards, requireStructureUnlocked } from './locks';

/** Adds a lane (row) at `index` (default: last). Returns its id. */
export function addLane(
  doc: Y.Doc,
  input: { kind: LaneKind; label?: string; index?: number },
  origin?: Origin,
): string {
  return transactCommand(
    doc,
    () => {
      requireStructureUnlocked(doc);
      const lanes = sortOrdered(placedRecords(doc, 'lanes'));
      const record = parseInput(laneSchema, {
        id: newLaneId(),
        kind: input.kind,
        label: input.label ?? laneKindLabel(input.kind),
        order: orderKeyAt(lanes, input.index ?? lanes.length),
        visible: true,
      });
      putRecord(doc, 'lanes', record);
      return record.id;
    },
    origin,
  );
}

export function renameLane(doc: Y.Doc, id: string, label: string, origin?: Origin): void {
  const valid = parseInput(laneSchema.shape.label, label.trim());
  transactCommand(
    doc,
    () => {
      requireRecord(doc, 'lanes', id);
      requireStructureUnlocked(doc);
      patchRecord(doc, 'lanes', id, { label: valid });
    },
    origin,
  );
}

export function moveLane(doc: Y.Doc, id: string, index: number, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      requireRecord(doc, 'lanes', id);
      requireStructureUnlocked(doc);
      patchRecord(doc, 'lanes', id, { order: orderKeyAt(placedRecords(doc, 'lanes'), index, id) });
    },
    origin,
  );
}

export function setLaneVisible(doc: Y.Doc, id: string, visible: boolean, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      requireRecord(doc, 'lanes', id);
      requireStructureUnlocked(doc);
      patchRecord(doc, 'lanes', id, { visible });
    },
    origin,
  );
}

/**
 * Deletes an optional lane. Cards in it move to the first Touchpoints lane; the Touchpoints and
 * Emotions lanes every map needs cannot be deleted while they are the last of their kind.
 */
export function deleteLane(doc: Y.Doc, id: string, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      const lane = requireRecord(doc, 'lanes', id);
      requireStructureUnlocked(doc);
      requireNoLockedCards(doc, { laneId: id });
      const kind = lane.get('kind') as LaneKind;
      const lanes = sortOrdered(placedRecords(doc, 'lanes'));
      const others = lanes.filter((l) => l.id !== id && l.kind === kind);
      if (REQUIRED_LANE_KINDS.includes(kind) && others.length === 0) {
        throw new CommandError(`a map needs a ${LANE_KIND_TRAITS[kind].label} lane`);
      }
      const target = lanes.find((l) => l.id !== id && l.kind === DEFAULT_CARD_LANE_KIND);
      for (const t of placedRecords(doc, 'touchpoints')) {
        if (t.laneId === id && target) patchRecord(doc, 'touchpoints', t.id, { laneId: target.id });
      }
      removeRecord(doc, 'lanes', id);
    },
    origin,
  );
}
