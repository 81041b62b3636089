import type * as Y from 'yjs';
import type { JourneyMap } from '../journeyMap';
import { SLOTS_PER_ROW } from '../layout';
import type { Origin } from '../origins';
import { CARD_LANE_KINDS } from '../records/lane';
import { moveNote } from './notes';
import type { MapSelection } from './selectionCommands';
import { moveStage } from './stages';
import { moveTouchpoint } from './touchpoints';

export type NudgeDirection = 'left' | 'right' | 'up' | 'down';

/** The one move command an arrow key stands for. */
export type Nudge =
  | {
      readonly kind: 'touchpoint';
      readonly id: string;
      readonly to: { stageId: string; laneId: string; index: number };
    }
  | { readonly kind: 'note'; readonly id: string; readonly to: { stageId: string; index: number } }
  | { readonly kind: 'stage'; readonly id: string; readonly index: number };

/**
 * Where an arrow key moves the selection, or null when it cannot move that way. ←/→ step one slot
 * inside the cell and, at its ends, into the neighbouring stage (its last slot going left, its first
 * going right), so repeated presses walk a card across the whole map. ↑/↓ first move a card or note
 * one row up or down inside its wrapped cell (SLOTS_PER_ROW to a row); from the cell's top or bottom
 * row, a card moves to the next visible card lane (note, curve and hidden lanes are skipped),
 * keeping its place in the row where possible. `index` is the position among the target cell's
 * other cards, as moveTouchpoint/moveNote expect.
 */
export function nudgeTarget(
  map: JourneyMap,
  selection: MapSelection,
  direction: NudgeDirection,
): Nudge | null {
  if (!selection) return null;
  const stageIds = map.stages.map((s) => s.id);
  if (selection.kind === 'stage') {
    const from = stageIds.indexOf(selection.id);
    const index = from + (direction === 'left' ? -1 : direction === 'right' ? 1 : 0);
    return from >= 0 && index !== from && index >= 0 && index < stageIds.length
      ? { kind: 'stage', id: selection.id, index }
      : null;
  }
  if (selection.kind === 'touchpoint') {
    const tp = map.touchpoints.find((t) => t.id === selection.id);
    if (!tp) return null;
    const cellOf = (stageId: string, laneId: string) =>
      map.touchpoints.filter((t) => t.stageId === stageId && t.laneId === laneId && t.id !== tp.id);
    if (direction === 'up' || direction === 'down') {
      const slot = slotIn(map.touchpoints, tp.id, (t) => t.stageId === tp.stageId && t.laneId === tp.laneId);
      const within = rowStep(slot, cellOf(tp.stageId, tp.laneId).length, direction);
      if (within !== null)
        return {
          kind: 'touchpoint',
          id: tp.id,
          to: { stageId: tp.stageId, laneId: tp.laneId, index: within },
        };
      const lanes = map.lanes.filter((l) => l.visible && CARD_LANE_KINDS.has(l.kind)).map((l) => l.id);
      const from = lanes.indexOf(tp.laneId);
      const laneId = from < 0 ? undefined : lanes[from + (direction === 'up' ? -1 : 1)];
      if (!laneId) return null;
      // Into the neighbouring lane's nearest row (its last going up, its first going down), same place.
      const place = slot % SLOTS_PER_ROW;
      const count = cellOf(tp.stageId, laneId).length;
      const row = direction === 'up' ? Math.floor(count / SLOTS_PER_ROW) : 0;
      return {
        kind: 'touchpoint',
        id: tp.id,
        to: { stageId: tp.stageId, laneId, index: Math.min(row * SLOTS_PER_ROW + place, count) },
      };
    }
    const slot = slotIn(map.touchpoints, tp.id, (t) => t.stageId === tp.stageId && t.laneId === tp.laneId);
    const others = cellOf(tp.stageId, tp.laneId).length;
    const to = sideways(stageIds, tp.stageId, slot, others, direction, (s) => cellOf(s, tp.laneId).length);
    return to && { kind: 'touchpoint', id: tp.id, to: { ...to, laneId: tp.laneId } };
  }
  if (selection.kind === 'note') {
    const note = map.notes.find((n) => n.id === selection.id);
    if (!note) return null;
    const cellOf = (stageId: string) =>
      map.notes.filter((n) => n.stageId === stageId && n.kind === note.kind && n.id !== note.id);
    const slot = slotIn(map.notes, note.id, (n) => n.stageId === note.stageId && n.kind === note.kind);
    if (direction === 'up' || direction === 'down') {
      // A note stays in its kind's lane: only a row up or down inside its wrapped cell.
      const within = rowStep(slot, cellOf(note.stageId).length, direction);
      return within === null
        ? null
        : { kind: 'note', id: note.id, to: { stageId: note.stageId, index: within } };
    }
    const to = sideways(
      stageIds,
      note.stageId,
      slot,
      cellOf(note.stageId).length,
      direction,
      (s) => cellOf(s).length,
    );
    return to && { kind: 'note', id: note.id, to };
  }
  return null;
}

/** Makes the move an arrow key stands for (nudgeTarget): one move command, so one undo step. */
export function applyNudge(doc: Y.Doc, nudge: Nudge, origin?: Origin): void {
  if (nudge.kind === 'touchpoint') moveTouchpoint(doc, nudge.id, nudge.to, origin);
  else if (nudge.kind === 'note') moveNote(doc, nudge.id, nudge.to, origin);
  else moveStage(doc, nudge.id, nudge.index, origin);
}

/** The item's position inside its cell (arrays from readMap are already in cell order). */
function slotIn<T extends { id: string }>(
  items: readonly T[],
  id: string,
  sameCell: (item: T) => boolean,
): number {
  return items.filter(sameCell).findIndex((i) => i.id === id);
}

/**
 * The index one row up or down inside a wrapped cell (`others`: the cell's other items), or null on
 * its top or bottom row. Down onto a shorter last row lands at its end.
 */
function rowStep(slot: number, others: number, direction: 'up' | 'down'): number | null {
  const row = Math.floor(slot / SLOTS_PER_ROW);
  if (direction === 'up') return row > 0 ? slot - SLOTS_PER_ROW : null;
  return row < Math.floor(others / SLOTS_PER_ROW) ? Math.min(slot + SLOTS_PER_ROW, others) : null;
}

/** One slot left or right; past the cell's end, into the neighbouring stage. */
function sideways(
  stageIds: readonly string[],
  stageId: string,
  slot: number,
  others: number,
  direction: 'left' | 'right',
  othersIn: (stageId: string) => number,
): { stageId: string; index: number } | null {
  if (direction === 'right' && slot < others) return { stageId, index: slot + 1 };
  if (direction === 'left' && slot > 0) return { stageId, index: slot - 1 };
  const from = stageIds.indexOf(stageId);
  const next = from < 0 ? undefined : stageIds[from + (direction === 'right' ? 1 : -1)];
  if (!next) return null;
  return { stageId: next, index: direction === 'right' ? 0 : othersIn(next) };
}
