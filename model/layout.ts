import { isHub } from './hub';
import { reuseIfSame, reuseList } from './identity';
import type { JourneyMap } from './journeyMap';
import {
  CARD_LANE_KINDS,
  isCurveLane,
  LANE_KIND_TRAITS,
  NOTE_LANE_KIND,
  type Lane,
  type LaneKind,
} from './records/lane';
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

/**
 * Cards (or notes) side by side in one cell; the next one starts a new row below and the lane grows.
 * Three keep a stage about 720 px wide, so a crowded map still shows every stage at a zoom where
 * the names can be read, instead of a cell of 15 cards making its stage 3,500 px wide.
 */
export const SLOTS_PER_ROW = 3;

/** How tall one row of a lane's content is: a lane of n rows is n times this. */
const ROW_PITCH = {
  cards: GRID.cardRowHeight,
  notes: GRID.noteRowHeight,
  curve: GRID.emotionRowHeight,
} as const;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
export interface ColumnLayout extends Rect {
  readonly stageId: string;
  /** Slots side by side: its fullest cell's count, at most SLOTS_PER_ROW (more wrap onto new rows). */
  readonly slots: number;
}
export interface RowLayout extends Rect {
  readonly laneId: string;
  readonly kind: LaneKind;
  readonly label: string;
  /** Rows of slots in the lane, enough for its fullest cell; each is `height / slotRows` tall. */
  readonly slotRows: number;
}
export interface CardLayout extends Rect {
  readonly id: string;
  readonly hub: boolean;
  /** Its index in its cell, in reading order: row `floor(slot / slots)`, place `slot % slots`. */
  readonly slot: number;
}
export interface CurvePoint {
  readonly touchpointId: string;
  readonly x: number;
  readonly y: number;
  readonly emotion: number;
  /** The score comes from VoC data (CSAT/NPS/CES), not a guess: drawn filled rather than hollow. */
  readonly measured: boolean;
  /** A measured score's metric point's date (`YYYY-MM-DD`): the curve marks it when it is stale. */
  readonly date?: string;
}
export interface GridLayout {
  readonly width: number;
  readonly height: number;
  readonly columns: readonly ColumnLayout[];
  readonly rows: readonly RowLayout[];
  readonly cards: ReadonlyMap<string, CardLayout>;
  readonly notes: ReadonlyMap<string, CardLayout>;
  /**
   * One point per front-stage touchpoint (a lane whose kind is `onCurve`), left to right in cell
   * order: the emotion curve goes through them.
   */
  readonly curve: readonly CurvePoint[];
  /** The columns were kept from an earlier layout (`layoutMap`'s `hold`): lay out again when it ends. */
  readonly held?: true;
}

/** How many rows a cell of `count` slots takes. */
const rowsFor = (count: number) => Math.max(1, Math.ceil(count / SLOTS_PER_ROW));

/** How far each card past a held cell's last slot sits from the one before it: a small pile. */
const PILE_OFFSET = 10;

/**
 * `hold`: while this tab drags, pass the layout from before so the grid stays put. A column is as
 * wide as its fullest cell (up to SLOTS_PER_ROW) and a lane as tall as its fullest cell's rows, so a
 * peer's move in or out of a full cell would slide every column to its right or every lane below —
 * the cell under the pointer would move mid-drag (and 150 of 500 cards with it). Held columns keep
 * their x and width and held lanes their y and height; a cell that outgrows them piles its extra
 * cards on its last slot. A changed structure (stages, visible lanes) is laid out afresh, held or not.
 * `prev`: the layout before; the columns, rows, rects, curve points and lists an edit did not change
 * keep their objects (`reuseIfSame`, `reuseList`), so each edit leaves few new objects to live on.
 */
export function layoutMap(map: JourneyMap, hold?: GridLayout, prev?: GridLayout): GridLayout {
  const lanes = map.lanes.filter((l) => l.visible);

  // Slot of each card and note inside its cell (the arrays are in order within each cell), the most
  // slots a cell of each stage needs, and the most rows a cell of each lane needs. Touchpoints come
  // grouped by cell (readMap), so the counts are looked up once per run of one cell, not per card.
  const slotsPerStage = new Map<string, number>();
  const mostInLane = new Map<string, number>();
  const widen = (stageId: string, lane: string, count: number) => {
    if (count > (slotsPerStage.get(stageId) ?? 1)) slotsPerStage.set(stageId, Math.min(count, SLOTS_PER_ROW));
    if (count > (mostInLane.get(lane) ?? 0)) mostInLane.set(lane, count);
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
    widen(t.stageId, t.laneId, ++slot);
  });
  if (cell) cellCount.set(cell, slot);
  const noteSlots = map.notes.map((n) => {
    const key = `${n.stageId}|note:${n.kind}`;
    const at = cellCount.get(key) ?? 0;
    cellCount.set(key, at + 1);
    widen(n.stageId, `note:${n.kind}`, at + 1);
    return at;
  });

  const held = hold && sameStructure(hold, map, lanes) ? hold : undefined;
  // Rows first without their width (the columns' total, known once the columns are). The first
  // visible lane of a note kind holds those notes.
  const noteLanes = new Set<string>();
  const rowsOf = (lane: Lane) => {
    const traits = LANE_KIND_TRAITS[lane.kind];
    if (traits.holds === 'cards') return rowsFor(mostInLane.get(lane.id) ?? 0);
    if (traits.holds === 'notes' && traits.noteKind && !noteLanes.has(traits.noteKind)) {
      noteLanes.add(traits.noteKind);
      return rowsFor(mostInLane.get(`note:${traits.noteKind}`) ?? 0);
    }
    return 1;
  };
  let y = GRID.stageHeaderHeight;
  const rowGeometry = lanes.map((lane, i) => {
    const kept = held?.rows[i];
    const slotRows = kept ? kept.slotRows : rowsOf(lane);
    const height = kept ? kept.height : slotRows * ROW_PITCH[LANE_KIND_TRAITS[lane.kind].holds];
    const at = { y, height, slotRows };
    y += height;
    return at;
  });

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
      fresh.push(reuseIfSame(before.get(stage.id), { stageId: stage.id, slots, x, y: 0, width, height: y }));
      x += width;
    }
    columns = reuseList(prev?.columns, fresh);
    totalWidth = x;
  }
  const columnByStage = new Map(columns.map((c) => [c.stageId, c]));
  const rowsBefore = new Map(prev?.rows.map((r) => [r.laneId, r]));
  const rows = reuseList(
    prev?.rows,
    lanes.map((lane, i) => {
      const { y: rowY, height, slotRows } = rowGeometry[i]!;
      const row = {
        laneId: lane.id,
        kind: lane.kind,
        label: lane.label,
        x: 0,
        y: rowY,
        width: totalWidth,
        height,
        slotRows,
      };
      return reuseIfSame(rowsBefore.get(lane.id), row);
    }),
  );
  const rowByLane = new Map(rows.map((r) => [r.laneId, r]));
  const noteRow = (kind: keyof typeof NOTE_LANE_KIND) => rows.find((r) => r.kind === NOTE_LANE_KIND[kind]);

  const cards = new Map<string, CardLayout>();
  map.touchpoints.forEach((t, i) => {
    const col = columnByStage.get(t.stageId);
    const row = rowByLane.get(t.laneId);
    if (!col || !row) return;
    const hub = isHub(t);
    const width = hub ? GRID.hubWidth : GRID.cardWidth;
    const height = hub ? GRID.hubHeight : GRID.cardHeight;
    const slot = cardSlots[i] ?? 0;
    const at = slotOrigin(col, row, slot, width, height);
    cards.set(
      t.id,
      reuseIfSame(prev?.cards.get(t.id), { id: t.id, hub, slot, x: at.x, y: at.y, width, height }),
    );
  });

  const notes = new Map<string, CardLayout>();
  map.notes.forEach((n, i) => {
    const col = columnByStage.get(n.stageId);
    const row = noteRow(n.kind);
    if (!col || !row) return;
    const slot = noteSlots[i] ?? 0;
    const at = slotOrigin(col, row, slot, GRID.noteWidth, GRID.noteHeight);
    const rect = {
      id: n.id,
      hub: false,
      slot,
      x: at.x,
      y: at.y,
      width: GRID.noteWidth,
      height: GRID.noteHeight,
    };
    notes.set(n.id, reuseIfSame(prev?.notes.get(n.id), rect));
  });

  const emotionRow = rows.find((r) => isCurveLane(r.kind));
  const curve: CurvePoint[] = [];
  if (emotionRow) {
    const before = new Map(prev?.curve.map((p) => [p.touchpointId, p]));
    map.touchpoints.forEach((t, i) => {
      // Only front-stage cards on the canvas: a card in a hidden lane has no x to draw its point at.
      const col = columnByStage.get(t.stageId);
      const row = rowByLane.get(t.laneId);
      if (!col || !row || !LANE_KIND_TRAITS[row.kind].onCurve || !cards.has(t.id)) return;
      const x = curveX(col, cardSlots[i] ?? 0, cellCount.get(`${t.stageId}|${t.laneId}`) ?? 1);
      const point = {
        touchpointId: t.id,
        x,
        y: emotionY(emotionRow, t.emotion),
        emotion: t.emotion,
        measured: t.emotionMeasured === true,
        ...(t.emotionDate !== undefined && { date: t.emotionDate }),
      };
      curve.push(reuseIfSame(before.get(t.id), point));
    });
    curve.sort((a, b) => a.x - b.x);
  }
  const layout = {
    width: totalWidth,
    height: y,
    columns,
    rows,
    cards,
    notes,
    curve: reuseList(prev?.curve, curve),
  };
  return held ? { ...layout, held: true } : layout;
}

/**
 * Top-left of a `width` × `height` card at `slot` in a cell: slots fill the column's places left to
 * right, then the next row down. Past the cell's held rows (only while this tab drags) the extra
 * cards pile on its last slot, each a step further right and down.
 */
function slotOrigin(
  col: ColumnLayout,
  row: RowLayout,
  slot: number,
  width: number,
  height: number,
): { x: number; y: number } {
  const fits = slot < col.slots * row.slotRows;
  const line = fits ? Math.floor(slot / col.slots) : row.slotRows - 1;
  const place = fits ? slot % col.slots : col.slots - 1;
  const pile = fits ? 0 : (slot - (col.slots * row.slotRows - 1)) * PILE_OFFSET;
  const pitch = row.height / row.slotRows;
  return {
    x: col.x + GRID.columnPadding + place * GRID.slotWidth + (GRID.slotWidth - width) / 2 + pile,
    y: row.y + line * pitch + (pitch - height) / 2 + pile,
  };
}

/**
 * Where a card's point sits on the curve: under its card while the cell is one row; in a wrapped
 * cell the points are spread evenly over the column in cell order, so the curve still runs left to
 * right in time instead of jumping back to the first place for each new row.
 */
function curveX(col: ColumnLayout, slot: number, count: number): number {
  const first = col.x + GRID.columnPadding + GRID.slotWidth / 2;
  const step = count > col.slots ? ((col.slots - 1) * GRID.slotWidth) / (count - 1) : GRID.slotWidth;
  return first + Math.min(slot, count - 1) * step;
}

/** Same stages in the same order and the same visible lanes: the held columns still fit the map. */
function sameStructure(hold: GridLayout, map: JourneyMap, lanes: readonly Lane[]): boolean {
  return (
    hold.columns.length === map.stages.length &&
    hold.columns.every((c, i) => c.stageId === map.stages[i]!.id) &&
    hold.rows.length === lanes.length &&
    hold.rows.every((r, i) => r.laneId === lanes[i]!.id)
  );
}

/** Vertical position of a score inside the emotion lane: +2 at the top, -2 at the bottom. */
export function emotionY(row: Rect, emotion: number): number {
  const top = row.y + GRID.emotionPadding;
  const span = row.height - 2 * GRID.emotionPadding;
  return top + ((EMOTION_MAX - emotion) / (EMOTION_MAX - EMOTION_MIN)) * span;
}

export function isCardLane(kind: LaneKind): boolean {
  return CARD_LANE_KINDS.has(kind);
}
