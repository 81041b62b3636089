import type * as Y from 'yjs';
import { z } from 'zod';
import { patchRecord, putRecord, rawRecords, removeRecord, transactCommand } from '../docLayout';
import { orderKeyAt } from '../order';
import type { Origin } from '../origins';
import { CARD_LANE_KINDS, DEFAULT_CARD_LANE_KIND, LANE_KIND_TRAITS } from '../records/lane';
import { DEFAULT_CHANNEL } from '../records/channel';
import type { Emotion } from '../records/emotion';
import {
  newTouchpointId,
  touchpointSchema,
  type EmotionSource,
  type HubOverride,
  type Touchpoint,
} from '../records/touchpoint';
import { CommandError, editPatch, parseInput, placedRecords, requireRecord } from './commandSupport';
import { requireCardUnlocked } from './locks';

/** Fields a person edits in the side panel (and the ones a duplicate copies). */
export const editableTouchpointSchema = touchpointSchema.pick({
  title: true,
  channel: true,
  owner: true,
  description: true,
  emotion: true,
  hub: true,
  voc: true,
  emotionSource: true,
  evidence: true,
});
export type TouchpointEdit = Partial<z.infer<typeof editableTouchpointSchema>>;

/** What a new card says until someone types (the editor selects it, so typing replaces it). */
export const NEW_TOUCHPOINT_TITLE = 'New touchpoint';

export interface NewTouchpoint extends TouchpointEdit {
  stageId: string;
  /** Default: the map's first Touchpoints lane. */
  laneId?: string;
  /** Position inside the cell; default: last. */
  index?: number;
}

function cardLaneId(doc: Y.Doc, laneId: string | undefined): string {
  const lanes = placedRecords(doc, 'lanes');
  if (laneId !== undefined) {
    const lane = lanes.find((l) => l.id === laneId);
    if (!lane || !CARD_LANE_KINDS.has(lane.kind as never))
      throw new CommandError(`lane ${laneId} cannot hold cards`);
    return laneId;
  }
  const first = lanes
    .filter((l) => l.kind === DEFAULT_CARD_LANE_KIND)
    .sort((a, b) => (a.order < b.order ? -1 : 1))[0];
  if (!first)
    throw new CommandError(`this map has no ${LANE_KIND_TRAITS[DEFAULT_CARD_LANE_KIND].label} lane`);
  return first.id;
}

function liveStage(doc: Y.Doc, stageId: string): void {
  const stage = placedRecords(doc, 'stages').find((s) => s.id === stageId);
  if (!stage || stage.deleted) throw new CommandError(`stage ${stageId} does not exist`);
}

function cellSiblings(doc: Y.Doc, stageId: string, laneId: string) {
  return placedRecords(doc, 'touchpoints').filter((t) => t.stageId === stageId && t.laneId === laneId);
}

/** Adds a touchpoint card to a stage × lane cell. Returns its id. */
export function addTouchpoint(doc: Y.Doc, input: NewTouchpoint, origin?: Origin): string {
  const fields = parseInput(editableTouchpointSchema.partial(), {
    title: input.title,
    channel: input.channel,
    owner: input.owner,
    description: input.description,
    emotion: input.emotion,
    hub: input.hub,
    voc: input.voc,
  });
  return transactCommand(
    doc,
    () => {
      liveStage(doc, input.stageId);
      const laneId = cardLaneId(doc, input.laneId);
      const siblings = cellSiblings(doc, input.stageId, laneId);
      const record: Touchpoint = {
        id: newTouchpointId(),
        title: fields.title ?? NEW_TOUCHPOINT_TITLE,
        stageId: input.stageId,
        laneId,
        order: orderKeyAt(siblings, input.index ?? siblings.length),
        channel: fields.channel ?? DEFAULT_CHANNEL,
        owner: fields.owner ?? '',
        description: fields.description ?? '',
        emotion: fields.emotion ?? 0,
        hub: fields.hub ?? 'auto',
        voc: fields.voc,
      };
      putRecord(doc, 'touchpoints', record);
      return record.id;
    },
    origin,
  );
}

/** Edits some fields of a touchpoint; untouched fields keep concurrent edits by others. */
export function updateTouchpoint(doc: Y.Doc, id: string, patch: TouchpointEdit, origin?: Origin): void {
  const write = editPatch(editableTouchpointSchema, patch);
  transactCommand(
    doc,
    () => {
      requireRecord(doc, 'touchpoints', id);
      patchRecord(doc, 'touchpoints', id, write);
    },
    origin,
  );
}

/** Sets how the customer feels at this touchpoint (-2 … +2). */
export function setEmotion(doc: Y.Doc, id: string, emotion: Emotion, origin?: Origin): void {
  updateTouchpoint(doc, id, { emotion }, origin);
}

/** A facilitator's hub override: 'auto' follows the channel rule. */
export function setHubOverride(doc: Y.Doc, id: string, hub: HubOverride, origin?: Origin): void {
  updateTouchpoint(doc, id, { hub }, origin);
}

/**
 * Chooses where the emotion comes from: 'csat' / 'nps' derive it from the touchpoint's VoC figure
 * (when present) on read; the manual score stays stored, so 'manual' brings it back.
 */
export function setEmotionSource(doc: Y.Doc, id: string, source: EmotionSource, origin?: Origin): void {
  updateTouchpoint(doc, id, { emotionSource: source }, origin);
}

/** Moves a card to another cell (or reorders it inside its cell): one command, committed on drop. */
export function moveTouchpoint(
  doc: Y.Doc,
  id: string,
  to: { stageId: string; laneId?: string; index?: number },
  origin?: Origin,
): void {
  transactCommand(
    doc,
    () => {
      const rec = requireRecord(doc, 'touchpoints', id);
      requireCardUnlocked(rec);
      liveStage(doc, to.stageId);
      const laneId = to.laneId ?? (rec.get('laneId') as string | undefined);
      const lane = cardLaneId(doc, laneId);
      const siblings = cellSiblings(doc, to.stageId, lane).filter((t) => t.id !== id);
      const order = orderKeyAt(siblings, to.index ?? siblings.length);
      patchRecord(doc, 'touchpoints', id, { stageId: to.stageId, laneId: lane, order });
    },
    origin,
  );
}

/** One card's destination in a group move. */
export interface TouchpointMove {
  readonly id: string;
  readonly to: { readonly stageId: string; readonly laneId?: string; readonly index?: number };
}

/**
 * Moves several cards at once (a multi-selection dropped together): one transaction, so one undo
 * step and one update on the wire. Every move is checked before anything is written, so a locked
 * or unknown card refuses the whole group. Moves apply in the given order, each index counted
 * among the cell's cards at that moment.
 */
export function moveTouchpoints(doc: Y.Doc, moves: readonly TouchpointMove[], origin?: Origin): void {
  if (new Set(moves.map((m) => m.id)).size !== moves.length) throw new CommandError('a card is moved twice');
  transactCommand(
    doc,
    () => {
      for (const { id, to } of moves) {
        requireCardUnlocked(requireRecord(doc, 'touchpoints', id));
        liveStage(doc, to.stageId);
        if (to.laneId !== undefined) cardLaneId(doc, to.laneId);
      }
      for (const { id, to } of moves) moveTouchpoint(doc, id, to, origin);
    },
    origin,
  );
}

/** Deletes several cards (and their connections) in one transaction: one undo step. */
export function deleteTouchpoints(doc: Y.Doc, ids: readonly string[], origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      for (const id of ids) requireCardUnlocked(requireRecord(doc, 'touchpoints', id));
      for (const id of ids) removeTouchpointRecord(doc, id);
    },
    origin,
  );
}

/** Deletes a touchpoint with its connections; notes tied to it stay on their stage. */
export function deleteTouchpoint(doc: Y.Doc, id: string, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      requireCardUnlocked(requireRecord(doc, 'touchpoints', id));
      removeTouchpointRecord(doc, id);
    },
    origin,
  );
}

/** The removal itself, shared with deleteStage: never leaves a dangling connection or note link. */
export function removeTouchpointRecord(doc: Y.Doc, id: string): void {
  removeRecord(doc, 'touchpoints', id);
  // Its metric points go with it (an undo brings both back: one transaction).
  for (const [mid, raw] of rawRecords(doc, 'metrics')) {
    const m = raw as { touchpointId?: unknown } | null;
    if (m && m.touchpointId === id) removeRecord(doc, 'metrics', mid);
  }
  for (const [cid, raw] of rawRecords(doc, 'connections')) {
    const c = raw as { from?: unknown; to?: unknown } | null;
    if (c && (c.from === id || c.to === id)) removeRecord(doc, 'connections', cid);
  }
  for (const [nid, raw] of rawRecords(doc, 'notes')) {
    const n = raw as { touchpointId?: unknown } | null;
    if (n && n.touchpointId === id) patchRecord(doc, 'notes', nid, { touchpointId: undefined });
  }
}
