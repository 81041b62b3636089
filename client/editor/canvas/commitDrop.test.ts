import { describe, expect, it } from 'vitest';
import { addNote, addTouchpoint, GRID, layoutMap, moveTouchpoints } from '../../../model';
import { cleanMap, laneOfKind, stageNamed, templateDoc } from '../../../model/testing/testMaps';
import type { EditorActions } from '../editorActions';
import { commitDrop, groupMoves } from './commitDrop';

function twoCardsInAware() {
  const doc = templateDoc();
  const m = cleanMap(doc);
  const aware = stageNamed(m, 'Aware').id;
  const a = addTouchpoint(doc, { stageId: aware, title: 'A' });
  const b = addTouchpoint(doc, { stageId: aware, title: 'B' });
  const map = cleanMap(doc);
  return { doc, map, layout: layoutMap(map), a, b, buy: stageNamed(map, 'Buy').id };
}

describe('groupMoves', () => {
  it('sends each card to the cell under its centre, keeping the row in order', () => {
    const { doc, layout, a, b, buy, map } = twoCardsInAware();
    const column = layout.columns.find((c) => c.stageId === buy)!;
    const ra = layout.cards.get(a)!;
    const rb = layout.cards.get(b)!;
    // Let go side by side (B a little right of A) inside Buy, which is narrower than Aware.
    const moves = groupMoves(
      layout,
      new Map([
        [a, { x: column.x + 4, y: ra.y }],
        [b, { x: column.x + 24, y: rb.y }],
      ]),
    );
    expect(moves?.map((m) => m.id)).toEqual([a, b]);
    moveTouchpoints(doc, moves!);
    const inBuy = cleanMap(doc).touchpoints.filter((t) => t.stageId === buy);
    expect(inBuy.map((t) => t.title)).toEqual(['A', 'B']);
    expect(inBuy.every((t) => t.laneId === laneOfKind(map, 'touchpoints').id)).toBe(true);
  });

  it('snaps the whole group back when one card is let go outside a card cell', () => {
    const { layout, a, b } = twoCardsInAware();
    const ra = layout.cards.get(a)!;
    expect(
      groupMoves(
        layout,
        new Map([
          [a, { x: ra.x, y: ra.y }],
          [b, { x: -5000, y: -5000 }],
        ]),
      ),
    ).toBeNull();
  });
});

describe('groupMoves into one cell', () => {
  it('keeps three cards let go side by side in their left-to-right order', () => {
    const doc = templateDoc();
    const m0 = cleanMap(doc);
    const aware = stageNamed(m0, 'Aware').id;
    const ids = ['A', 'B', 'C'].map((title) => addTouchpoint(doc, { stageId: aware, title }));
    const map = cleanMap(doc);
    const layout = layoutMap(map);
    const backstage = layout.rows.find((r) => r.kind === 'backstage')!;
    const moves = groupMoves(
      layout,
      new Map(ids.map((id) => [id, { x: layout.cards.get(id)!.x, y: backstage.y + 10 }])),
    );
    moveTouchpoints(doc, moves!);
    const inBackstage = cleanMap(doc).touchpoints.filter((t) => t.laneId === backstage.laneId);
    expect(inBackstage.map((t) => t.title)).toEqual(['A', 'B', 'C']);
  });
});

describe('commitDrop into a wrapped cell', () => {
  it('moves a card to the slot of the row it is let go on, and a note within its own lane', () => {
    const doc = templateDoc();
    const m0 = cleanMap(doc);
    const aware = stageNamed(m0, 'Aware').id;
    const ids = ['1', '2', '3', '4', '5'].map((title) => addTouchpoint(doc, { stageId: aware, title }));
    const notes = [0, 1, 2, 3].map(() => addNote(doc, { kind: 'painPoint', stageId: aware }));
    const layout = layoutMap(cleanMap(doc));
    const calls: unknown[] = [];
    const actions = {
      moveTouchpoint: (id: string, to: unknown) => calls.push(['card', id, to]),
      moveNote: (id: string, to: unknown) => calls.push(['note', id, to]),
    } as unknown as EditorActions;
    const col = layout.columns.find((c) => c.stageId === aware)!;
    const lane = layout.rows.find((r) => r.kind === 'touchpoints')!;
    const card = layout.cards.get(ids[0]!)!;
    // Let go with its centre on row 2, place 1: index 3.
    const x = col.x + GRID.columnPadding + GRID.slotWidth / 2 - card.width / 2;
    const y = lane.y + GRID.cardRowHeight * 1.5 - card.height / 2;
    commitDrop(layout, actions, {
      id: ids[0]!,
      type: 'touchpoint',
      x,
      y,
      width: card.width,
      height: card.height,
    });
    expect(calls).toEqual([['card', ids[0], { stageId: aware, laneId: lane.laneId, index: 3 }]]);
    // A note let go over row 2, place 2 of its lane: index 4 (past the last: append).
    const pain = layout.rows.find((r) => r.kind === 'painPoints')!;
    const note = layout.notes.get(notes[0]!)!;
    calls.length = 0;
    commitDrop(layout, actions, {
      id: notes[0]!,
      type: 'note',
      x: col.x + GRID.columnPadding + GRID.slotWidth * 1.5 - note.width / 2,
      y: pain.y + GRID.noteRowHeight * 1.5 - note.height / 2,
      width: note.width,
      height: note.height,
    });
    expect(calls).toEqual([['note', notes[0], { stageId: aware, index: 4 }]]);
  });
});
