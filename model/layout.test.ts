import { describe, expect, it } from 'vitest';
import { addNote } from './commands/notes';
import { setLaneVisible } from './commands/lanes';
import { addTouchpoint, setEmotion, updateTouchpoint } from './commands/touchpoints';
import { cellAt, slotIndexAt } from './gridHitTest';
import { GRID, layoutMap, type GridLayout } from './layout';
import { cleanMap, laneOfKind, stageNamed, templateDoc, touchpointTitled } from './testing/testMaps';

const overlaps = (a: { x: number; width: number }, b: { x: number; width: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width;
const column = (layout: GridLayout, stageId: string) => layout.columns.find((c) => c.stageId === stageId)!;

describe('layoutMap', () => {
  it('gives cards in the same cell distinct, non-overlapping slots in cell order', () => {
    const doc = templateDoc();
    const aware = stageNamed(cleanMap(doc), 'Aware').id;
    const ids = ['A', 'B', 'C'].map((title) => addTouchpoint(doc, { stageId: aware, title }));
    const layout = layoutMap(cleanMap(doc));
    const cards = ids.map((id) => layout.cards.get(id)!);
    expect(cards.map((c) => c.slot)).toEqual([0, 1, 2]);
    expect(cards[0]!.x).toBeLessThan(cards[1]!.x);
    expect(cards[1]!.x).toBeLessThan(cards[2]!.x);
    expect(overlaps(cards[0]!, cards[1]!) || overlaps(cards[1]!, cards[2]!)).toBe(false);
    expect(new Set(cards.map((c) => c.y)).size).toBe(1);
  });

  it('gives distinct slots in each cell even when the cards do not come grouped by cell', () => {
    const doc = templateDoc();
    const map0 = cleanMap(doc);
    const [aware, consider] = [stageNamed(map0, 'Aware').id, stageNamed(map0, 'Consider').id];
    for (const stageId of [aware, consider, aware, consider]) addTouchpoint(doc, { stageId });
    const map = cleanMap(doc);
    // Interleaved (as a caller other than readMap might pass them): Aware, Consider, Aware, Consider.
    const byStage = (id: string) => map.touchpoints.filter((t) => t.stageId === id);
    const mixed = {
      ...map,
      touchpoints: [byStage(aware)[0]!, byStage(consider)[0]!, byStage(aware)[1]!, byStage(consider)[1]!],
    };
    const layout = layoutMap(mixed);
    for (const id of [aware, consider]) {
      const slots = byStage(id).map((t) => layout.cards.get(t.id)!.slot);
      expect(slots).toEqual([0, 1]);
    }
    expect(column(layout, aware).slots).toBe(2);
  });

  it('widens a stage column to its busiest cell and shifts the columns after it', () => {
    const doc = templateDoc();
    const map0 = cleanMap(doc);
    const [aware, consider] = [stageNamed(map0, 'Aware').id, stageNamed(map0, 'Consider').id];
    const narrow = layoutMap(map0);
    for (let i = 0; i < 3; i++) addTouchpoint(doc, { stageId: aware });
    addTouchpoint(doc, { stageId: aware, laneId: laneOfKind(map0, 'backstage').id });
    // Notes count too: two pain points in Consider.
    addNote(doc, { kind: 'painPoint', stageId: consider });
    addNote(doc, { kind: 'painPoint', stageId: consider });
    const wide = layoutMap(cleanMap(doc));
    const slot = (n: number) => n * GRID.slotWidth + 2 * GRID.columnPadding;
    expect(column(narrow, aware).width).toBe(slot(1));
    expect(column(wide, aware)).toMatchObject({ slots: 3, width: slot(3) });
    expect(column(wide, consider)).toMatchObject({
      slots: 2,
      width: slot(2),
      x: GRID.laneHeaderWidth + slot(3),
    });
    expect(wide.width).toBe(narrow.width + 3 * GRID.slotWidth);
  });

  it('gives hidden lanes no row and moves the rows below up', () => {
    const doc = templateDoc();
    const map0 = cleanMap(doc);
    const thoughts = laneOfKind(map0, 'thoughts');
    const emotionsRow = (layout: GridLayout) => layout.rows.find((r) => r.kind === 'emotions')!;
    const card = addTouchpoint(doc, { stageId: map0.stages[0]!.id, laneId: thoughts.id });
    const hidden = layoutMap(cleanMap(doc));
    expect(hidden.rows.map((r) => r.laneId)).not.toContain(thoughts.id);
    expect(hidden.rows).toHaveLength(map0.lanes.filter((l) => l.visible).length);
    expect(hidden.cards.has(card)).toBe(false);
    expect(hidden.curve.map((p) => p.touchpointId)).not.toContain(card);
    setLaneVisible(doc, thoughts.id, true);
    const shown = layoutMap(cleanMap(doc));
    expect(shown.rows.map((r) => r.laneId)).toContain(thoughts.id);
    expect(emotionsRow(shown).y).toBe(emotionsRow(hidden).y + GRID.cardRowHeight);
    expect(shown.height).toBe(hidden.height + GRID.cardRowHeight);
    expect(shown.cards.has(card)).toBe(true);
  });

  it('stacks rows without gaps, each spanning the whole width', () => {
    const layout = layoutMap(cleanMap(templateDoc('sample')));
    let y = GRID.stageHeaderHeight;
    for (const row of layout.rows) {
      expect(row).toMatchObject({ y, x: 0, width: layout.width });
      y += row.height;
    }
    expect(layout.height).toBe(y);
  });

  it('draws hubs bigger than other cards', () => {
    const map = cleanMap(templateDoc('sample'));
    const layout = layoutMap(map);
    const hub = layout.cards.get(touchpointTitled(map, 'Agent call').id)!;
    const plain = layout.cards.get(touchpointTitled(map, 'Status page').id)!;
    expect(hub).toMatchObject({ hub: true, width: GRID.hubWidth, height: GRID.hubHeight });
    expect(plain).toMatchObject({ hub: false, width: GRID.cardWidth, height: GRID.cardHeight });
  });

  it('draws the curve left to right, higher (smaller y) for a better emotion, inside the Emotions row', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const layout = layoutMap(map);
    const xs = layout.curve.map((p) => p.x);
    expect(layout.curve).toHaveLength(map.touchpoints.length);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
    const row = layout.rows.find((r) => r.kind === 'emotions')!;
    for (const p of layout.curve) {
      expect(p.emotion).toBe(map.touchpoints.find((t) => t.id === p.touchpointId)?.emotion);
      expect(p.y).toBeGreaterThanOrEqual(row.y);
      expect(p.y).toBeLessThanOrEqual(row.y + row.height);
      for (const q of layout.curve) if (p.emotion > q.emotion) expect(p.y).toBeLessThan(q.y);
    }
    // Each point sits under its card.
    const agent = touchpointTitled(map, 'Agent call');
    const card = layout.cards.get(agent.id)!;
    expect(layout.curve.find((p) => p.touchpointId === agent.id)?.x).toBe(card.x + card.width / 2);
    // And follows an emotion change.
    const before = layout.curve.find((p) => p.touchpointId === agent.id)!.y;
    setEmotion(doc, agent.id, -2);
    expect(layoutMap(cleanMap(doc)).curve.find((p) => p.touchpointId === agent.id)!.y).toBeGreaterThan(
      before,
    );
  });

  it('has no curve without a visible Emotions lane', () => {
    const doc = templateDoc('sample');
    setLaneVisible(doc, laneOfKind(cleanMap(doc), 'emotions').id, false);
    expect(layoutMap(cleanMap(doc)).curve).toEqual([]);
  });
});

describe('layoutMap with the previous layout', () => {
  it('keeps the rects and curve points an edit did not move, and only those', () => {
    const doc = templateDoc();
    const map0 = cleanMap(doc);
    const [aware, consider] = [stageNamed(map0, 'Aware').id, stageNamed(map0, 'Consider').id];
    const still = addTouchpoint(doc, { stageId: consider, title: 'Still' });
    const first = addTouchpoint(doc, { stageId: aware, title: 'First' });
    const before = layoutMap(cleanMap(doc));
    setEmotion(doc, first, 2);
    const after = layoutMap(cleanMap(doc), undefined, before);
    expect(after.cards.get(still)).toBe(before.cards.get(still));
    expect(after.cards.get(first)).toBe(before.cards.get(first));
    const point = (l: GridLayout, id: string) => l.curve.find((p) => p.touchpointId === id);
    expect(point(after, still)).toBe(point(before, still));
    expect(point(after, first)).not.toBe(point(before, first));
    expect(point(after, first)!.emotion).toBe(2);
    // A card added in front of First shifts it: a new rect at the new slot.
    addTouchpoint(doc, { stageId: aware, title: 'Front', index: 0 });
    const shifted = layoutMap(cleanMap(doc), undefined, after);
    expect(shifted.cards.get(first)).not.toBe(after.cards.get(first));
    expect(shifted.cards.get(first)!.slot).toBe(1);
  });
  it('keeps its columns, rows and curve lists when an edit changed none of them', () => {
    const doc = templateDoc();
    const map0 = cleanMap(doc);
    const aware = stageNamed(map0, 'Aware').id;
    const first = addTouchpoint(doc, { stageId: aware, title: 'First' });
    const before = layoutMap(cleanMap(doc));
    // A title edit moves nothing: the grid's lists are the same objects, so the canvas skips them.
    updateTouchpoint(doc, first, { title: 'Renamed' });
    const retitled = layoutMap(cleanMap(doc), undefined, before);
    expect(retitled.columns).toBe(before.columns);
    expect(retitled.rows).toBe(before.rows);
    expect(retitled.curve).toBe(before.curve);
    // A new emotion moves a curve point: a new curve, the same columns and rows.
    setEmotion(doc, first, -2);
    const felt = layoutMap(cleanMap(doc), undefined, retitled);
    expect(felt.curve).not.toBe(retitled.curve);
    expect(felt.columns).toBe(retitled.columns);
    expect(felt.rows).toBe(retitled.rows);
    // A second card in the cell widens its column: new columns, rows as wide as the new grid.
    addTouchpoint(doc, { stageId: aware, title: 'Second' });
    const wider = layoutMap(cleanMap(doc), undefined, felt);
    expect(wider.columns).not.toBe(felt.columns);
    expect(wider.width).toBeGreaterThan(felt.width);
    expect(wider.rows.every((r) => r.width === wider.width)).toBe(true);
    expect(wider.columns.at(-1)).not.toBe(felt.columns.at(-1));
  });
});

describe('layoutMap with a held layout (this tab is dragging)', () => {
  it('keeps every column where it was when a peer fills a cell past its column', () => {
    const doc = templateDoc();
    const map0 = cleanMap(doc);
    const [aware, consider] = [stageNamed(map0, 'Aware').id, stageNamed(map0, 'Consider').id];
    const first = addTouchpoint(doc, { stageId: aware, title: 'First' });
    const later = addTouchpoint(doc, { stageId: consider, title: 'Later' });
    const before = layoutMap(cleanMap(doc));
    const second = addTouchpoint(doc, { stageId: aware, title: 'Second' });
    const third = addTouchpoint(doc, { stageId: aware, title: 'Third' });
    const map = cleanMap(doc);

    const held = layoutMap(map, before);
    expect(held.held).toBe(true);
    expect(held.columns).toEqual(before.columns);
    expect(held.width).toBe(before.width);
    expect(held.cards.get(later)).toEqual(before.cards.get(later));
    // Aware holds one slot: the new cards pile on it, inside the column, each a step further.
    const card = (id: string) => held.cards.get(id)!;
    const [a, b, c] = [card(first), card(second), card(third)];
    const col = column(held, aware);
    expect(a).toMatchObject({ x: before.cards.get(first)!.x, y: before.cards.get(first)!.y });
    expect(b.x).toBeGreaterThan(a.x);
    expect(c.x).toBeGreaterThan(b.x);
    expect(c.y).toBeGreaterThan(a.y);
    expect(c.x + c.width).toBeLessThanOrEqual(col.x + col.width);
    expect(held.curve.map((p) => p.touchpointId)).toContain(third);

    // Without the hold the column widens and Consider moves right.
    const fresh = layoutMap(map);
    expect(fresh.held).toBeUndefined();
    expect(column(fresh, aware).slots).toBe(3);
    expect(fresh.cards.get(later)!.x).toBeGreaterThan(before.cards.get(later)!.x);
  });

  it('lays out afresh when the structure changed (a lane hidden)', () => {
    const doc = templateDoc();
    const map0 = cleanMap(doc);
    const before = layoutMap(map0);
    setLaneVisible(doc, laneOfKind(map0, 'backstage').id, false);
    const after = layoutMap(cleanMap(doc), before);
    expect(after.held).toBeUndefined();
    expect(after.rows.length).toBe(before.rows.length - 1);
  });
});

describe('cellAt and slotIndexAt', () => {
  it("finds every card's and note's cell from its centre", () => {
    const map = cleanMap(templateDoc('sample'));
    const layout = layoutMap(map);
    for (const t of map.touchpoints) {
      const c = layout.cards.get(t.id)!;
      expect(cellAt(layout, c.x + c.width / 2, c.y + c.height / 2)).toEqual({
        stageId: t.stageId,
        laneId: t.laneId,
        kind: 'touchpoints',
        index: c.slot,
      });
    }
    for (const n of map.notes) {
      const c = layout.notes.get(n.id)!;
      const cell = cellAt(layout, c.x + c.width / 2, c.y + c.height / 2);
      expect(cell).toMatchObject({
        stageId: n.stageId,
        kind: n.kind === 'painPoint' ? 'painPoints' : 'opportunities',
      });
    }
  });

  it('finds nothing outside the grid (lane headers, stage headers, past the edges)', () => {
    const layout = layoutMap(cleanMap(templateDoc('sample')));
    expect(cellAt(layout, GRID.laneHeaderWidth - 1, 200)).toBeUndefined();
    expect(cellAt(layout, 400, GRID.stageHeaderHeight - 1)).toBeUndefined();
    expect(cellAt(layout, layout.width, 200)).toBeUndefined();
    expect(cellAt(layout, 400, layout.height)).toBeUndefined();
  });

  it('turns a drop position into an insertion index', () => {
    const map = cleanMap(templateDoc('sample'));
    const layout = layoutMap(map);
    const col = layout.columns[2]!;
    const row = layout.rows.find((r) => r.kind === 'touchpoints')!;
    const y = row.y + row.height / 2;
    const slotLeft = (k: number) => col.x + GRID.columnPadding + k * GRID.slotWidth;
    expect(slotIndexAt(col, row, col.x, y)).toBe(0);
    expect(slotIndexAt(col, row, slotLeft(0) + 10, y)).toBe(0);
    expect(slotIndexAt(col, row, slotLeft(1) + 10, y)).toBe(1);
    expect(slotIndexAt(col, row, slotLeft(2) + GRID.slotWidth - 10, y)).toBe(2);
    // Past the last card: append.
    expect(slotIndexAt(col, row, slotLeft(col.slots) + 1, y)).toBe(col.slots);
    expect(cellAt(layout, slotLeft(1) + 10, y)).toMatchObject({ stageId: col.stageId, index: 1 });
  });
});
