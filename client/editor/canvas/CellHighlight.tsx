import { ViewportPortal } from '@xyflow/react';
import { isCardLane, noteKindOfLane, type GridLayout } from '../../../model';
import { useEditor, useSession } from '../EditorContext';
import { drawnOf } from '../store/drawnLayout';
import type { EditorState, Selection } from '../store/editorStore';

/**
 * The cell a click on an empty spot selects, or null (the emotion lane, outside the grid, or a person
 * who cannot edit, for whom a paste target means nothing).
 */
export function cellSelectionAt(layout: GridLayout, x: number, y: number): Selection {
  const col = layout.columns.find((c) => x >= c.x && x < c.x + c.width);
  const row = layout.rows.find((r) => y >= r.y && y < r.y + r.height);
  // Only lanes where cards or notes go (not the emotion curve).
  if (!col || !row || !(isCardLane(row.kind) || noteKindOfLane(row.kind))) return null;
  return { kind: 'cell', stageId: col.stageId, laneId: row.laneId };
}

/**
 * The selected cell's outline, drawn in the flow's coordinates above the grid and below the cards
 * (z-index -1 in the viewport, like the emotion curve), with the hint of what a paste does there.
 */
export function CellHighlight() {
  const { store } = useSession();
  const cell = useEditor((s) => (s.selection?.kind === 'cell' ? s.selection : null));
  // The layout keeps a column's and a row's objects while they stay put, so these re-render rarely.
  // It is the layout drawn: the future state may hide cards, so rows can sit elsewhere.
  const col = useEditor((s) =>
    cell ? drawnOf(store, s).layout?.columns.find((c) => c.stageId === cell.stageId) : undefined,
  );
  const row = useEditor((s) =>
    cell ? drawnOf(store, s).layout?.rows.find((r) => r.laneId === cell.laneId) : undefined,
  );
  // The hint only where it has room: in an empty cell (a full one shows it in the side panel).
  const empty = useEditor((s) => (cell ? isEmptyCell(s, cell) : false));
  if (!col || !row) return null;
  return (
    <ViewportPortal>
      <div
        className="cell-highlight"
        data-testid="selected-cell"
        style={{ transform: `translate(${col.x}px, ${row.y}px)`, width: col.width, height: row.height }}
        aria-hidden
      >
        {empty && <span className="cell-highlight-hint">Paste here · double-click to add</span>}
      </div>
    </ViewportPortal>
  );
}

function isEmptyCell(s: EditorState, cell: { stageId: string; laneId: string }): boolean {
  const kind = s.map?.lanes.find((l) => l.id === cell.laneId)?.kind;
  const noteKind = noteKindOfLane(kind);
  return noteKind
    ? !s.map?.notes.some((n) => n.stageId === cell.stageId && n.kind === noteKind)
    : !s.map?.touchpoints.some((t) => t.stageId === cell.stageId && t.laneId === cell.laneId);
}
