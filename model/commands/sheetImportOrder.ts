import type * as Y from 'yjs';
import { getRecord } from '../docLayout';
import { sortOrdered } from '../order';
import type { Origin } from '../origins';
import { placedRecords } from './commandSupport';
import { moveTouchpoint } from './touchpoints';

/** An imported card with an Order cell; `place` = it is placed by it (new, moved or reordered). */
export interface OrderedRow {
  readonly id: string;
  readonly order: string;
  readonly place: boolean;
}

/** Order cells sort as numbers when both are ("2" before "10"), else as text (our export's keys). */
export function compareOrderCells(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  const numeric = (t: string, n: number) => t.trim() !== '' && Number.isFinite(n);
  if (numeric(a, x) && numeric(b, y)) return x - y;
  if (numeric(a, x) !== numeric(b, y)) return numeric(a, x) ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Puts the imported cards of each cell in the order of their Order cells, beside the cell's other
 * cards (read by their own keys, which our export writes as Order). Cards whose Order did not change
 * stay where they are; each card to place goes right after the card before it in that order (or
 * first), so the file's order holds within the cell. Runs inside the import's transaction, after
 * the cards are written.
 */
export function placeByOrder(doc: Y.Doc, rows: readonly OrderedRow[], origin?: Origin): void {
  const cells = new Map<string, OrderedRow[]>();
  for (const row of rows) {
    const rec = getRecord(doc, 'touchpoints', row.id);
    if (!rec) continue;
    const key = cellKey(rec.get('stageId'), rec.get('laneId'));
    cells.set(key, [...(cells.get(key) ?? []), row]);
  }
  const listed = new Set(rows.map((r) => r.id));
  for (const [key, rowsOfCell] of cells) {
    if (!rowsOfCell.some((r) => r.place)) continue;
    // The cell's other cards (unchanged rows, or not in the file) stay, sorted by their own keys.
    const kept = placedRecords(doc, 'touchpoints')
      .filter((t) => cellKey(t.stageId, t.laneId) === key && !listed.has(t.id))
      .map((t) => ({ id: t.id, order: t.order, place: false }));
    const group = [...sortOrdered(kept), ...rowsOfCell];
    // Stable: equal Order cells keep the file's row order.
    const wanted = [...group].sort((a, b) => compareOrderCells(a.order, b.order));
    wanted.forEach((row, i) => {
      if (!row.place) return;
      const rec = getRecord(doc, 'touchpoints', row.id)!;
      const stageId = rec.get('stageId') as string;
      const laneId = rec.get('laneId') as string;
      const others = sortOrdered(
        placedRecords(doc, 'touchpoints').filter(
          (t) => t.stageId === stageId && t.laneId === laneId && t.id !== row.id,
        ),
      ).map((t) => t.id);
      const before = wanted[i - 1];
      const index = before ? others.indexOf(before.id) + 1 : 0;
      moveTouchpoint(doc, row.id, { stageId, laneId, index }, origin);
    });
  }
}

const cellKey = (stageId: unknown, laneId: unknown) => `${String(stageId)}\u0000${String(laneId)}`;
