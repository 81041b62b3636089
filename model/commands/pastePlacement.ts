import type * as Y from 'yjs';
import { rawRecords } from '../docLayout';
import { orderKeyAt, sortOrdered, type Ordered } from '../order';
import {
  CARD_LANE_KINDS,
  DEFAULT_CARD_LANE_KIND,
  LANE_KIND_TRAITS,
  noteKindOfLane,
  type LaneKind,
} from '../records/lane';
import { isNoteKind, type NoteKind } from '../records/note';
import { CommandError, placedRecords } from './commandSupport';

/**
 * Where a paste goes: what the person has selected. A cell takes everything (cards into it, notes
 * into its stage); a card or note takes the copies right after it; a stage takes them into its cells.
 * Null: each copy goes to the stage it was copied from (same id, else same name) or the first one.
 */
export type PasteTarget =
  | { readonly kind: 'cell'; readonly stageId: string; readonly laneId: string }
  | { readonly kind: 'touchpoint'; readonly id: string }
  | { readonly kind: 'note'; readonly id: string }
  | { readonly kind: 'stage'; readonly id: string }
  | null;

export interface GridInfo {
  /** Live stages, left to right. */
  readonly stages: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  /** Lanes, top to bottom, hidden ones too. */
  readonly lanes: ReadonlyArray<{
    readonly id: string;
    readonly kind: string;
    readonly label: string;
    readonly visible: boolean;
  }>;
}

/** The stages and lanes as they stand in the doc, unvalidated but typed field by field. */
export function readGrid(doc: Y.Doc): GridInfo {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const stages = rawRecords(doc, 'stages', ['name', 'order', 'deleted'])
    .map(([id, raw]) => ({ id, raw: raw as Record<string, unknown> }))
    .filter(({ raw }) => typeof raw === 'object' && raw !== null && raw.deleted !== true)
    .map(({ id, raw }) => ({ id, name: str(raw.name), order: str(raw.order) || 'a0' }));
  const lanes = rawRecords(doc, 'lanes', ['kind', 'label', 'order', 'visible'])
    .map(([id, raw]) => ({ id, raw: raw as Record<string, unknown> }))
    .filter(({ raw }) => typeof raw === 'object' && raw !== null)
    .map(({ id, raw }) => ({
      id,
      kind: str(raw.kind),
      label: str(raw.label),
      order: str(raw.order) || 'a0',
      visible: raw.visible !== false,
    }));
  return { stages: sortOrdered(stages), lanes: sortOrdered(lanes) };
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A copy's stage: the one it came from (same map), else one of the same name, else the first. */
export function matchStage(grid: GridInfo, hint: { id: string; name: string } | undefined): string {
  const found =
    (hint && grid.stages.find((s) => s.id === hint.id)) ??
    (hint && grid.stages.find((s) => sameName(s.name, hint.name))) ??
    grid.stages[0];
  if (!found) throw new CommandError('Add a stage first: cards live in stages.');
  return found.id;
}

/**
 * A copy's card lane among the visible ones: the one it came from, else one of the same kind and
 * name, else of the same kind (a backstage card stays backstage), else the first Touchpoints lane.
 */
export function matchCardLane(
  grid: GridInfo,
  hint: { id: string; kind: string; label: string } | undefined,
): string {
  const visible = grid.lanes.filter((l) => l.visible && CARD_LANE_KINDS.has(l.kind as LaneKind));
  const found =
    (hint && visible.find((l) => l.id === hint.id)) ??
    (hint && visible.find((l) => l.kind === hint.kind && sameName(l.label, hint.label))) ??
    (hint && visible.find((l) => l.kind === hint.kind)) ??
    visible.find((l) => l.kind === DEFAULT_CARD_LANE_KIND) ??
    grid.lanes.find((l) => l.kind === DEFAULT_CARD_LANE_KIND);
  if (!found)
    throw new CommandError(`this map has no ${LANE_KIND_TRAITS[DEFAULT_CARD_LANE_KIND].label} lane`);
  return found.id;
}

/** A cell the target names, with the slot where the copies start. */
export interface TargetCell {
  readonly stageId: string;
  /** A card lane's id, or `note:<kind>` for a note lane. */
  readonly cell: string;
  readonly index?: number;
}

export interface ResolvedTarget {
  readonly stageId?: string;
  readonly cards?: TargetCell;
  readonly notes?: TargetCell & { readonly kind: NoteKind };
}

/** What the selection means for a paste; a selection that no longer stands in the doc is refused. */
export function resolveTarget(doc: Y.Doc, grid: GridInfo, target: PasteTarget): ResolvedTarget {
  if (!target) return {};
  const live = (stageId: string | undefined) => grid.stages.some((s) => s.id === stageId);
  const gone = () =>
    new CommandError('The selected place is gone (someone deleted it): select a cell and paste again.');
  switch (target.kind) {
    case 'stage':
      if (!live(target.id)) throw gone();
      return { stageId: target.id };
    case 'cell': {
      const lane = grid.lanes.find((l) => l.id === target.laneId);
      if (!live(target.stageId) || !lane) throw gone();
      const noteKind = noteKindOfLane(lane.kind);
      if (noteKind)
        return {
          stageId: target.stageId,
          notes: { stageId: target.stageId, cell: `note:${noteKind}`, kind: noteKind },
        };
      if (CARD_LANE_KINDS.has(lane.kind as LaneKind))
        return { stageId: target.stageId, cards: { stageId: target.stageId, cell: lane.id } };
      return { stageId: target.stageId };
    }
    case 'touchpoint': {
      const card = placedRecords(doc, 'touchpoints').find((t) => t.id === target.id);
      if (!card?.stageId || !card.laneId || !live(card.stageId)) throw gone();
      const index = indexAfter(cellRecords(doc, 'touchpoints', card.stageId, card.laneId), card.id);
      return { stageId: card.stageId, cards: { stageId: card.stageId, cell: card.laneId, index } };
    }
    case 'note': {
      const note = placedRecords(doc, 'notes').find((n) => n.id === target.id);
      const kind = note && isNoteKind(note.kind) ? note.kind : undefined;
      if (!note?.stageId || !kind || !live(note.stageId)) throw gone();
      const index = indexAfter(cellRecords(doc, 'notes', note.stageId, `note:${kind}`), note.id);
      return { stageId: note.stageId, notes: { stageId: note.stageId, cell: `note:${kind}`, kind, index } };
    }
  }
}

function indexAfter(siblings: readonly Ordered[], id: string): number {
  return sortOrdered(siblings).findIndex((s) => s.id === id) + 1;
}

/** The records in a cell: cards of a stage × lane, or notes of a stage and kind (`note:<kind>`). */
export function cellRecords(
  doc: Y.Doc,
  name: 'touchpoints' | 'notes',
  stageId: string,
  cell: string,
): Ordered[] {
  return placedRecords(doc, name).filter(
    (r) => r.stageId === stageId && (name === 'notes' ? `note:${r.kind ?? ''}` === cell : r.laneId === cell),
  );
}

/**
 * Order keys for records pasted one after another: each cell starts at its given slot (or its end)
 * and every key goes after the previous paste's, so copies keep their order, side by side.
 */
export function createSlots(doc: Y.Doc) {
  const cells = new Map<string, { siblings: Ordered[]; index: number }>();
  return (
    name: 'touchpoints' | 'notes',
    id: string,
    at: { stageId: string; cell: string },
    start?: number,
  ): string => {
    const key = `${name}|${at.stageId}|${at.cell}`;
    let cell = cells.get(key);
    if (!cell) {
      const siblings = cellRecords(doc, name, at.stageId, at.cell);
      cell = { siblings, index: start ?? siblings.length };
      cells.set(key, cell);
    }
    const order = orderKeyAt(cell.siblings, cell.index);
    cell.siblings.push({ id, order });
    cell.index += 1;
    return order;
  };
}
