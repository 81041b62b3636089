import { GRID, type ColumnLayout, type GridLayout, type RowLayout } from './layout';
import type { LaneKind } from './records/lane';

/** A stage × lane cell, and the insertion index a drop or double-click at that point means. */
export interface CellHit {
  readonly stageId: string;
  readonly laneId: string;
  readonly kind: LaneKind;
  readonly index: number;
}

/** The stage × lane cell under a point (flow coordinates), for double-click and drop. */
export function cellAt(layout: GridLayout, px: number, py: number): CellHit | undefined {
  const col = layout.columns.find((c) => px >= c.x && px < c.x + c.width);
  const row = layout.rows.find((r) => py >= r.y && py < r.y + r.height);
  if (!col || !row) return undefined;
  return { stageId: col.stageId, laneId: row.laneId, kind: row.kind, index: slotIndexAt(col, row, px, py) };
}

/**
 * The slot under a point inside a cell, in the cell's reading order (row by row, left to right): the
 * insertion index a drop or double-click there means. Above or below the lane counts as its first or
 * last row; right of a row's last place means after it (the first place of the next row).
 */
export function slotIndexAt(column: ColumnLayout, row: RowLayout, px: number, py: number): number {
  const pitch = row.height / row.slotRows;
  const line = Math.min(row.slotRows - 1, Math.max(0, Math.floor((py - row.y) / pitch)));
  const place = Math.min(
    column.slots,
    Math.max(0, Math.floor((px - column.x - GRID.columnPadding) / GRID.slotWidth)),
  );
  return line * column.slots + place;
}
