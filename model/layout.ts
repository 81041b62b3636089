import { isHub } from './hub';
import { sameItems } from './sameItems';
import type { JourneyMap } from './journeyMap';
import { CARD_LANE_KINDS, type Lane, type LaneKind } from './records/lane';
import { EMOTION_MAX, EMOTION_MIN } from './records/emotion';

/**
 * The grid is the model (DOMAIN.md): every position on the canvas is derived from the snapshot —
 * columns from stages, rows from visible lanes, a card's slot from its order in its cell — and
 * nothing is stored as free x/y. Editor, exporters and hit-testing all use this one function.
 */
export const GRID = {
  laneHeaderWidth: 176,
  stageHeaderHeight: 64,
  columnPadding: 14,
  slotWidth: 232,
  cardWidth: 200,
  cardHeight: 96,
  hubWidth: 216,
  hubHeight: 112,
  noteWidth: 200,
  noteHeight: 76,
  cardRowHeight: 136,
  noteRowHeight: 104,
  emotionRowHeight: 176,
  emotionPadding: 26,
} as const;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
export interface ColumnLayout extends Rect {
  readonly stageId: string;
  readonly slots: number;
}
export interface RowLayout extends Rect {
  readonly laneId: string;
  readonly kind: LaneKind;
  readonly label: string;
}
export interface CardLayout extends Rect {
  readonly id: string;
  readonly hub: boolean;
  readonly slot: number;
}
export interface CurvePoint {
  readonly touchpointId: string;
  readonly x: number;
  readonly y: number;
  readonly emotion: number;
  /** The score comes from VoC data (CSAT/NPS), not a guess: drawn filled rather than hollow. */
  readonly measured: boolean;
}
export interface GridLayout {
  readonly width: number;
  readonly height: number;
  readonly columns: readonly ColumnLayout[];
  readonly rows: readonly RowLayout[];
  readonly cards: ReadonlyMap<string, CardLayout>;
  readonly notes: ReadonlyMap<string, CardLayout>;
  /** One point per touchpoint, left to right: the emotion curve goes through them. */
  readonly curve: readonly CurvePoint[];
  /** The columns were kept from an earlier layout (`layoutMap`'s `hold`): lay out again when it ends. */
  readonly held?: true;
}

function rowHeight(kind: LaneKind): number {
  if (kind === 'emotions') return GRID.emotionRowHeight;
  if (kind === 'painPoints' || kind === 'opportunities') return GRID.noteRowHeight;
  return GRID.cardRowHeight;
}

const NOTE_LANE: Record<string, LaneKind> = { painPoint: 'painPoints', opportunity: 'opportunities' };

/** How far each card past a held column's last slot sits from the one before it: a small pile. */
const PILE_OFFSET = 10;

/**
 * `hold`: while this tab drags, pass the layout from before so the columns stay put. A column is as
 * wide as its fullest cell, so a peer's move in or out of a full cell would slide every column to its
 * right — the cell under the pointer would move mid-drag (and 150 of 500 cards with it). Held
 * columns keep their x and width; a cell that outgrows its held column piles its extra cards on its
 * last slot. A changed structure (stages, visible lanes) is laid out afresh, held or not.
 */
export function layoutMap(map: JourneyMap, hold?: GridLayout, prev?: GridLayout): GridLayout {
  // Rows first without their width (the columns' total, known once the columns are).
  const lanes = map.lanes.filter((l) => l.visible);
  let y = GRID.stageHeaderHeight;
  const rowYs = lanes.map((lane) => {
    const at = y;
    y += rowHeight(lane.kind);
    return at;
  });

  // Slot of each card and note inside its cell (the arrays are in order within each cell), and the
  // most slots a cell of each stage needs. Touchpoints come grouped by cell (readMap), so the count
  // is looked up once per run of one cell, not per card.
  const slotsPerStage = new Map<string, number>();
  const widen = (stageId: string, slots: number) => {
    if (slots > (slotsPerStage.get(stageId) ?? 1)) slotsPerStage.set(stageId, slots);
  };
  const cellCount = new Map<string, number>();
  const cardSlots: number[] = [];
  let cell = '';
  let slot = 0;
  map.touchpoints.forEach((t, i) => {
    const before = map.touchpoints[i - 1];
    if (!before || before.stageId !== t.stageId || before.laneId !== t.laneId) {
      if (cell) cellCount.set(cell, slot);
      cell = `${t.stageId}|${t.laneId}`;
      slot = cellCount.get(cell) ?? 0;
    }
    cardSlots.push(slot);
    widen(t.stageId, ++slot);
  });
  const noteSlots = map.notes.map((n) => {
    const key = `${n.stageId}|note:${n.kind}`;
    const at = cellCount.get(key) ?? 0;
    cellCount.set(key, at + 1);
    widen(n.stageId, at + 1);
    return at;
  });

  const held = hold && sameStructure(hold, map, lanes) ? hold : undefined;
  let columns: readonly ColumnLayout[];
  let totalWidth: number;
  if (held) {
    columns = held.columns;
    totalWidth = held.width;
  } else {
    const before = new Map(prev?.columns.map((c) => [c.stageId, c]));
    const fresh: ColumnLayout[] = [];
    let x = GRID.laneHeaderWidth;
    for (const stage of map.stages) {
      const slots = slotsPerStage.get(stage.id) ?? 1;
      const width = slots * GRID.slotWidth + 2 * GRID.columnPadding;
      fresh.push(same(before.get(stage.id), { stageId: stage.id, slots, x, y: 0, width, height: y }));
      x += width;
    }
    columns = sameList(prev?.columns, fresh);
    totalWidth = x;
  }
  const columnByStage = new Map(columns.map((c) => [c.stageId, c]));
  const rowsBefore = new Map(prev?.rows.map((r) => [r.laneId, r]));
  const rows = sameList(
    prev?.rows,
    lanes.map((lane, i) => {
      const row = { laneId: lane.id, kind: lane.kind, label: lane.label, x: 0, y: rowYs[i]!, width: totalWidth, height: rowHeight(lane.kind) };
      return same(rowsBefore.get(lane.id), row);
    }),
  );
  const rowByLane = new Map(rows.map((r) => [r.laneId, r]));
  const noteRow = (kind: string) => rows.find((r) => r.kind === NOTE_LANE[kind]);

  const slotX = (col: ColumnLayout, slot: number, w: number) =>
    col.x + GRID.columnPadding + Math.min(slot, col.slots - 1) * GRID.slotWidth + (GRID.slotWidth - w) / 2 + pile(col, slot);
  /** Past a held column's last slot: the offset of the card on the pile (0 otherwise). */
  const pile = (col: ColumnLayout, slot: number) => Math.max(0, slot - (col.slots - 1)) * PILE_OFFSET;

  const cards = new Map<string, CardLayout>();
  map.touchpoints.forEach((t, i) => {
    const col = columnByStage.get(t.stageId);
    const row = rowByLane.get(t.laneId);
    if (!col || !row) return;
    const hub = isHub(t);
    const width = hub ? GRID.hubWidth : GRID.cardWidth;
    const height = hub ? GRID.hubHeight : GRID.cardHeight;
    const slot = cardSlots[i] ?? 0;
    const y0 = row.y + (row.height - height) / 2 + pile(col, slot);
    cards.set(t.id, same(prev?.cards.get(t.id), { id: t.id, hub, slot, x: slotX(col, slot, width), y: y0, width, height }));
  });

  const notes = new Map<string, CardLayout>();
  map.notes.forEach((n, i) => {
    const col = columnByStage.get(n.stageId);
    const row = noteRow(n.kind);
    if (!col || !row) return;
    const slot = noteSlots[i] ?? 0;
    const y0 = row.y + (row.height - GRID.noteHeight) / 2 + pile(col, slot);
    const rect = { id: n.id, hub: false, slot, x: slotX(col, slot, GRID.noteWidth), y: y0, width: GRID.noteWidth, height: GRID.noteHeight };
    notes.set(n.id, same(prev?.notes.get(n.id), rect));
  });

  const emotionRow = rows.find((r) => r.kind === 'emotions');
  const curve: CurvePoint[] = [];
  if (emotionRow) {
    const before = new Map(prev?.curve.map((p) => [p.touchpointId, p]));
    for (const t of map.touchpoints) {
      // Only cards on the canvas: a card in a hidden lane has no x to draw its point at.
      const col = columnByStage.get(t.stageId);
      const card = cards.get(t.id);
      if (!col || !card) continue;
      const cx = card.x + card.width / 2;
      const point = { touchpointId: t.id, x: cx, y: emotionY(emotionRow, t.emotion), emotion: t.emotion, measured: t.emotionMeasured === true };
      curve.push(same(before.get(t.id), point));
    }
    curve.sort((a, b) => a.x - b.x);
  }
  const layout = { width: totalWidth, height: y, columns, rows, cards, notes, curve: sameList(prev?.curve, curve) };
  return held ? { ...layout, held: true } : layout;
}

/**
 * `prev`'s object when it has the same fields: with the previous layout passed in, a card an edit did
 * not move keeps its rect (and its curve point), so each edit leaves few new objects to live on.
 */
function same<T extends object>(prev: T | undefined, next: T): T {
  if (!prev) return next;
  for (const k in next) if (prev[k] !== next[k]) return next;
  return prev;
}

/** `prev` itself when it holds the same objects in the same order (a far edit leaves the grid's lists alone). */
function sameList<T>(prev: readonly T[] | undefined, next: readonly T[]): readonly T[] {
  return prev && sameItems(prev, next) ? prev : next;
}

/** Same stages in the same order and the same visible lanes: the held columns still fit the map. */
function sameStructure(hold: GridLayout, map: JourneyMap, lanes: readonly Lane[]): boolean {
  return (
    hold.columns.length === map.stages.length &&
    hold.columns.every((c, i) => c.stageId === map.stages[i]!.id) &&
    hold.rows.length === lanes.length &&
    hold.rows.every((r, i) => r.laneId === lanes[i]!.id && r.height === rowHeight(lanes[i]!.kind))
  );
}

/** Vertical position of a score inside the emotion lane: +2 at the top, -2 at the bottom. */
export function emotionY(row: Rect, emotion: number): number {
  const top = row.y + GRID.emotionPadding;
  const span = row.height - 2 * GRID.emotionPadding;
  return top + ((EMOTION_MAX - emotion) / (EMOTION_MAX - EMOTION_MIN)) * span;
}

/** The stage × lane cell under a point (flow coordinates), for double-click and drop. */
export function cellAt(layout: GridLayout, px: number, py: number): { stageId: string; laneId: string; kind: LaneKind } | undefined {
  const col = layout.columns.find((c) => px >= c.x && px < c.x + c.width);
  const row = layout.rows.find((r) => py >= r.y && py < r.y + r.height);
  if (!col || !row) return undefined;
  return { stageId: col.stageId, laneId: row.laneId, kind: row.kind };
}

/** The slot under x inside a column: the insertion index a drop or double-click there means. */
export function slotIndexAt(column: ColumnLayout, px: number): number {
  return Math.max(0, Math.floor((px - column.x - GRID.columnPadding) / GRID.slotWidth));
}

export function isCardLane(kind: LaneKind): boolean {
  return CARD_LANE_KINDS.has(kind);
}
