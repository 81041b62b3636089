import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addNote } from './commands/notes';
import { addTouchpoint, moveTouchpoint } from './commands/touchpoints';
import { cellAt, slotIndexAt } from './gridHitTest';
import { GRID, layoutMap, SLOTS_PER_ROW, type CardLayout, type GridLayout } from './layout';
import { cleanMap, laneOfKind, stageNamed, templateDoc } from './testing/testMaps';

const row = (layout: GridLayout, kind: string) => layout.rows.find((r) => r.kind === kind)!;
const column = (layout: GridLayout, stageId: string) => layout.columns.find((c) => c.stageId === stageId)!;
const overlaps = (a: CardLayout, b: CardLayout) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A blank map with `n` cards in Aware's Touchpoints cell, titled "1" … "n" in cell order. */
function crowdedCell(n: number, lane = 'touchpoints'): { doc: Y.Doc; ids: string[]; aware: string } {
  const doc = templateDoc();
  const map = cleanMap(doc);
  const aware = stageNamed(map, 'Aware').id;
  const laneId = laneOfKind(map, lane).id;
  const ids = Array.from({ length: n }, (_, i) =>
    addTouchpoint(doc, { stageId: aware, laneId, title: String(i + 1) }),
  );
  return { doc, ids, aware };
}

describe('layoutMap wraps a crowded cell into rows', () => {
  it(`puts ${SLOTS_PER_ROW} cards side by side, then starts a row below, in cell order`, () => {
    const { doc, ids, aware } = crowdedCell(7);
    const layout = layoutMap(cleanMap(doc));
    const col = column(layout, aware);
    const lane = row(layout, 'touchpoints');
    expect(SLOTS_PER_ROW).toBe(3);
    expect(col).toMatchObject({ slots: 3, width: 3 * GRID.slotWidth + 2 * GRID.columnPadding });
    const cards = ids.map((id) => layout.cards.get(id)!);
    expect(cards.map((c) => c.slot)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // Row by row: the same x for the same place, one row pitch further down for each row.
    for (const [i, c] of cards.entries()) {
      expect(c.x).toBe(cards[i % 3]!.x);
      expect(c.y).toBe(cards[0]!.y + Math.floor(i / 3) * GRID.cardRowHeight);
      expect(c.x).toBeGreaterThanOrEqual(col.x);
      expect(c.x + c.width).toBeLessThanOrEqual(col.x + col.width);
      expect(c.y).toBeGreaterThanOrEqual(lane.y);
      expect(c.y + c.height).toBeLessThanOrEqual(lane.y + lane.height);
    }
    expect(cards[0]!.x).toBeLessThan(cards[1]!.x);
    expect(cards[1]!.x).toBeLessThan(cards[2]!.x);
    for (const a of cards) for (const b of cards) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  it('makes a lane as tall as its fullest cell, and moves the lanes below down', () => {
    const doc = templateDoc();
    const map0 = cleanMap(doc);
    const flat = layoutMap(map0);
    const [aware, buy] = [stageNamed(map0, 'Aware').id, stageNamed(map0, 'Buy').id];
    for (let i = 0; i < 4; i++) addTouchpoint(doc, { stageId: aware });
    for (let i = 0; i < 7; i++) addTouchpoint(doc, { stageId: buy });
    const layout = layoutMap(cleanMap(doc));
    const lane = row(layout, 'touchpoints');
    expect(lane).toMatchObject({ slotRows: 3, height: 3 * GRID.cardRowHeight });
    // Lanes stack without gaps; the ones below moved down by the two extra rows.
    expect(row(layout, 'emotions').y).toBe(row(flat, 'emotions').y + 2 * GRID.cardRowHeight);
    expect(layout.height).toBe(flat.height + 2 * GRID.cardRowHeight);
    // Other lanes keep one row; columns never grow past three slots.
    expect(row(layout, 'backstage')).toMatchObject({ slotRows: 1, height: GRID.cardRowHeight });
    expect(layout.columns.map((c) => c.slots)).toEqual([3, 1, 3, 1, 1, 1]);
  });

  it('wraps notes the same way in their lane', () => {
    const doc = templateDoc();
    const aware = stageNamed(cleanMap(doc), 'Aware').id;
    const ids = Array.from({ length: 5 }, () => addNote(doc, { kind: 'painPoint', stageId: aware }));
    const layout = layoutMap(cleanMap(doc));
    expect(row(layout, 'painPoints')).toMatchObject({ slotRows: 2, height: 2 * GRID.noteRowHeight });
    expect(row(layout, 'opportunities')).toMatchObject({ slotRows: 1 });
    const notes = ids.map((id) => layout.notes.get(id)!);
    expect(notes[3]).toMatchObject({ x: notes[0]!.x, y: notes[0]!.y + GRID.noteRowHeight });
  });

  it("keeps the 120-card map's width to three cards a stage", () => {
    const doc = templateDoc();
    const map0 = cleanMap(doc);
    for (const stage of map0.stages) for (let i = 0; i < 15; i++) addTouchpoint(doc, { stageId: stage.id });
    const layout = layoutMap(cleanMap(doc));
    const stageWidth = SLOTS_PER_ROW * GRID.slotWidth + 2 * GRID.columnPadding;
    expect(layout.width).toBe(GRID.laneHeaderWidth + map0.stages.length * stageWidth);
    expect(row(layout, 'touchpoints').slotRows).toBe(5);
  });
});

describe('hit-testing a wrapped cell', () => {
  it("finds each card's own slot from its centre", () => {
    const { doc, ids } = crowdedCell(8);
    const layout = layoutMap(cleanMap(doc));
    for (const [i, id] of ids.entries()) {
      const c = layout.cards.get(id)!;
      expect(cellAt(layout, c.x + c.width / 2, c.y + c.height / 2)).toMatchObject({
        kind: 'touchpoints',
        index: i,
      });
    }
  });

  it('turns a point on row 2, place 1 into index 3, and the end of a row into the next index', () => {
    const { doc, aware } = crowdedCell(6);
    const layout = layoutMap(cleanMap(doc));
    const col = column(layout, aware);
    const lane = row(layout, 'touchpoints');
    const place = (k: number) => col.x + GRID.columnPadding + k * GRID.slotWidth + 20;
    const line = (r: number) => lane.y + r * GRID.cardRowHeight + 20;
    expect(slotIndexAt(col, lane, place(0), line(1))).toBe(3);
    expect(slotIndexAt(col, lane, place(2), line(1))).toBe(5);
    expect(slotIndexAt(col, lane, place(1), line(0))).toBe(1);
    // The right-hand padding of row 1 means "after its last card".
    expect(slotIndexAt(col, lane, col.x + col.width - 2, line(0))).toBe(3);
    // Above or below the lane: its first or last row.
    expect(slotIndexAt(col, lane, place(1), lane.y - 50)).toBe(1);
    expect(slotIndexAt(col, lane, place(1), lane.y + lane.height + 50)).toBe(4);
  });

  it('moves a card to the slot it was dropped on', () => {
    const { doc, ids, aware } = crowdedCell(6);
    const map = cleanMap(doc);
    const layout = layoutMap(map);
    const col = column(layout, aware);
    const lane = row(layout, 'touchpoints');
    // Card "1" let go over row 2, place 2 (index 4): it lands there, between "5" and "6".
    const hit = cellAt(
      layout,
      col.x + GRID.columnPadding + GRID.slotWidth * 1.5,
      lane.y + GRID.cardRowHeight * 1.5,
    )!;
    expect(hit.index).toBe(4);
    moveTouchpoint(doc, ids[0]!, { stageId: hit.stageId, laneId: hit.laneId, index: hit.index });
    const titles = cleanMap(doc)
      .touchpoints.filter((t) => t.stageId === aware)
      .map((t) => t.title);
    expect(titles).toEqual(['2', '3', '4', '5', '1', '6']);
    expect(layoutMap(cleanMap(doc)).cards.get(ids[0]!)).toMatchObject({ slot: 4 });
  });
});

describe('a wrapped layout with the previous or a held layout', () => {
  it('keeps the columns and rows lists when a card fills a place in an existing row', () => {
    const { doc, aware } = crowdedCell(4);
    const before = layoutMap(cleanMap(doc));
    addTouchpoint(doc, { stageId: aware, title: '5' });
    const after = layoutMap(cleanMap(doc), undefined, before);
    expect(after.columns).toBe(before.columns);
    expect(after.rows).toBe(before.rows);
    // A seventh card needs a third row: the lane grows, so new rows, and columns as tall as the grid.
    addTouchpoint(doc, { stageId: aware, title: '6' });
    addTouchpoint(doc, { stageId: aware, title: '7' });
    const taller = layoutMap(cleanMap(doc), undefined, after);
    expect(taller.rows).not.toBe(after.rows);
    expect(taller.columns.map((c) => [c.x, c.width, c.height])).toEqual(
      after.columns.map((c) => [c.x, c.width, c.height + GRID.cardRowHeight]),
    );
    expect(row(taller, 'touchpoints').slotRows).toBe(3);
  });

  it("keeps every lane where it was while this tab drags, piling a peer's extra cards on the last slot", () => {
    const { doc, ids, aware } = crowdedCell(3);
    const before = layoutMap(cleanMap(doc));
    const extra = ['4', '5'].map((title) => addTouchpoint(doc, { stageId: aware, title }));
    const held = layoutMap(cleanMap(doc), before);
    expect(held.rows).toEqual(before.rows);
    expect(held.height).toBe(before.height);
    const last = held.cards.get(ids[2]!)!;
    const [a, b] = extra.map((id) => held.cards.get(id)!);
    expect(a!.x).toBeGreaterThan(last.x);
    expect(b!.x).toBeGreaterThan(a!.x);
    expect(b!.y).toBeGreaterThan(last.y);
    // Laid out afresh (the drop): a second row.
    expect(row(layoutMap(cleanMap(doc)), 'touchpoints').slotRows).toBe(2);
  });
});

describe('the emotion curve on a wrapped map', () => {
  it('goes through the cards of a wrapped cell left to right in cell order, inside the column', () => {
    const { doc, ids, aware } = crowdedCell(7);
    const layout = layoutMap(cleanMap(doc));
    const col = column(layout, aware);
    expect(layout.curve.map((p) => p.touchpointId)).toEqual(ids);
    const xs = layout.curve.map((p) => p.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]!);
    const first = layout.cards.get(ids[0]!)!;
    const third = layout.cards.get(ids[2]!)!;
    expect(xs[0]).toBe(first.x + first.width / 2);
    expect(xs.at(-1)).toBe(third.x + third.width / 2);
    expect(xs.every((x) => x > col.x && x < col.x + col.width)).toBe(true);
  });

  it('takes only the cards of the Touchpoints lane: not backstage, customer actions or thoughts', () => {
    const doc = templateDoc('sample');
    const map0 = cleanMap(doc);
    const stage = stageNamed(map0, 'Notice problem').id;
    const others = ['backstage', 'actions', 'thoughts'].map((kind) =>
      addTouchpoint(doc, { stageId: stage, laneId: laneOfKind(map0, kind).id, emotion: -2 }),
    );
    const map = cleanMap(doc);
    const layout = layoutMap(map);
    const onCurve = layout.curve.map((p) => p.touchpointId);
    for (const id of others) expect(onCurve).not.toContain(id);
    const front = map.touchpoints
      .filter((t) => t.laneId === laneOfKind(map, 'touchpoints').id)
      .map((t) => t.id);
    expect(new Set(onCurve)).toEqual(new Set(front));
  });
});
