import { cellAt, isCardLane, slotIndexAt, type GridLayout, type TouchpointMove } from '../../../model';
import type { FlowPoint } from '../store/editorStore';
import type { EditorActions } from '../editorActions';

/**
 * A drawn slot of a cell as the map's slot (model `slotInMap`: a view that hides cards numbers
 * slots over the cards it shows); `moving` is the card being moved. Identity when nothing is hidden.
 */
export type SlotInMap = (cell: { stageId: string; laneId: string }, index: number, moving: string) => number;
const DRAWN_IS_MAP: SlotInMap = (_cell, index) => index;

/**
 * A card or stage header was dropped at (x, y) with size (w, h): turn the drop into one command.
 * A drop outside any valid cell does nothing (the card snaps back to its slot). `layout` is the
 * one drawn, where the card was let go.
 */
export function commitDrop(
  layout: GridLayout,
  actions: EditorActions,
  node: { id: string; type?: string; x: number; y: number; width: number; height: number },
  slotInMap: SlotInMap = DRAWN_IS_MAP,
): void {
  const cx = node.x + node.width / 2;
  const cy = node.y + node.height / 2;
  const column = layout.columns.find((c) => cx >= c.x && cx < c.x + c.width);
  if (node.type === 'stageHeader') {
    const stageId = node.id.slice('stage:'.length);
    const target = column ?? (cx < (layout.columns[0]?.x ?? 0) ? layout.columns[0] : layout.columns.at(-1));
    const index = target ? layout.columns.indexOf(target) : -1;
    const from = layout.columns.findIndex((c) => c.stageId === stageId);
    if (index >= 0 && index !== from) actions.moveStage(stageId, index);
    return;
  }
  if (!column) return;
  if (node.type === 'touchpoint') {
    const cell = cellAt(layout, cx, cy);
    if (!cell || !isCardLane(cell.kind)) return;
    const index = slotInMap(cell, cell.index, node.id);
    actions.moveTouchpoint(node.id, { stageId: cell.stageId, laneId: cell.laneId, index });
  } else if (node.type === 'note') {
    // A note stays in its own lane wherever it is let go: the slot is read in the row it sits in.
    const rect = layout.notes.get(node.id);
    const row = rect && layout.rows.find((r) => rect.y >= r.y && rect.y < r.y + r.height);
    actions.moveNote(node.id, { stageId: column.stageId, index: row ? slotIndexAt(column, row, cx, cy) : 0 });
  }
}

/**
 * A dropped group of touchpoints (node id → top-left where it was let go) → one move per card, to
 * the cell and slot under its centre; null (everything snaps back) when any card is not over a card
 * cell. Applied in slot order (then left to right), each card at least one slot after the group's
 * previous card in that cell, so cards let go side by side (or on top of each other) keep their order.
 */
export function groupMoves(
  layout: GridLayout,
  positions: ReadonlyMap<string, FlowPoint>,
  slotInMap: SlotInMap = DRAWN_IS_MAP,
): TouchpointMove[] | null {
  const placed: Array<{
    id: string;
    stageId: string;
    laneId: string;
    index: number;
    cx: number;
    cy: number;
  }> = [];
  for (const [id, p] of positions) {
    const rect = layout.cards.get(id);
    if (!rect) return null;
    const cx = p.x + rect.width / 2;
    const cy = p.y + rect.height / 2;
    const cell = cellAt(layout, cx, cy);
    if (!cell || !isCardLane(cell.kind)) return null;
    placed.push({ id, stageId: cell.stageId, laneId: cell.laneId, index: cell.index, cx, cy });
  }
  placed.sort((a, b) => a.index - b.index || a.cx - b.cx || a.cy - b.cy);
  const lastIndex = new Map<string, number>();
  return placed.map(({ id, stageId, laneId, index }) => {
    const cell = `${stageId}/${laneId}`;
    const at = Math.max(index, (lastIndex.get(cell) ?? -1) + 1);
    lastIndex.set(cell, at);
    return { id, to: { stageId, laneId, index: slotInMap({ stageId, laneId }, at, id) } };
  });
}
