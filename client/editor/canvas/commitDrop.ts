import { cellAt, isCardLane, slotIndexAt, type GridLayout } from '../../../model';
import type { EditorActions } from '../editorActions';

/**
 * A card or stage header was dropped at (x, y) with size (w, h): turn the drop into one command.
 * A drop outside any valid cell does nothing (the card snaps back to its slot).
 */
export function commitDrop(
  layout: GridLayout,
  actions: EditorActions,
  node: { id: string; type?: string; x: number; y: number; width: number; height: number },
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
    actions.moveTouchpoint(node.id, { stageId: cell.stageId, laneId: cell.laneId, index: slotIndexAt(column, cx) });
  } else if (node.type === 'note') {
    actions.moveNote(node.id, { stageId: column.stageId, index: slotIndexAt(column, cx) });
  }
}
