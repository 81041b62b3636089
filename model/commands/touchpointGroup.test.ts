import { describe, expect, it } from 'vitest';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { ALICE } from '../testing/facilitationChecks';
import { cleanMap, laneOfKind, stageNamed, templateDoc } from '../testing/testMaps';
import { connect } from './connections';
import { claimFacilitatorSeat } from './facilitatorSeat';
import { setCardLocked } from './locks';
import { addTouchpoint, deleteTouchpoints, moveTouchpoints } from './touchpoints';

function threeCards() {
  const doc = templateDoc();
  const map = cleanMap(doc);
  const aware = stageNamed(map, 'Aware').id;
  const buy = stageNamed(map, 'Buy').id;
  const [a, b, c] = ['A', 'B', 'C'].map((title) => addTouchpoint(doc, { stageId: aware, title })) as [
    string,
    string,
    string,
  ];
  addTouchpoint(doc, { stageId: buy, title: 'X' });
  return { doc, map, aware, buy, a, b, c };
}
const titlesIn = (doc: ReturnType<typeof templateDoc>, stageId: string, laneId?: string) =>
  cleanMap(doc)
    .touchpoints.filter((t) => t.stageId === stageId && (!laneId || t.laneId === laneId))
    .map((t) => t.title);

describe('moveTouchpoints', () => {
  it('moves a group of cards to other cells in one undoable step', () => {
    const { doc, map, aware, buy, a, b } = threeCards();
    const backstage = laneOfKind(map, 'backstage').id;
    expectOneUndoableStep(doc, () =>
      moveTouchpoints(doc, [
        { id: b, to: { stageId: buy, index: 1 } },
        { id: a, to: { stageId: aware, laneId: backstage, index: 0 } },
      ]),
    );
    expect(titlesIn(doc, buy)).toEqual(['X', 'B']);
    expect(titlesIn(doc, aware, backstage)).toEqual(['A']);
    expect(titlesIn(doc, aware, laneOfKind(map, 'touchpoints').id)).toEqual(['C']);
  });

  it('applies the moves in order, each index among the cell’s cards at that moment', () => {
    const { doc, buy, a, b } = threeCards();
    moveTouchpoints(doc, [
      { id: b, to: { stageId: buy, index: 0 } },
      { id: a, to: { stageId: buy, index: 0 } },
    ]);
    expect(titlesIn(doc, buy)).toEqual(['A', 'B', 'X']);
  });

  it('refuses the whole group when one card is unknown, locked or moved twice, writing nothing', () => {
    const { doc, buy, a, b } = threeCards();
    expectRefused(
      doc,
      () =>
        moveTouchpoints(doc, [
          { id: a, to: { stageId: buy } },
          { id: 'tp_nope', to: { stageId: buy } },
        ]),
      /does not exist/,
    );
    expectRefused(doc, () => moveTouchpoints(doc, [{ id: a, to: { stageId: 'st_nope' } }]), /does not exist/);
    expectRefused(
      doc,
      () =>
        moveTouchpoints(doc, [
          { id: a, to: { stageId: buy } },
          { id: a, to: { stageId: buy } },
        ]),
      /twice/,
    );
    claimFacilitatorSeat(doc, ALICE);
    setCardLocked(doc, ALICE, b, true);
    expectRefused(
      doc,
      () =>
        moveTouchpoints(doc, [
          { id: a, to: { stageId: buy } },
          { id: b, to: { stageId: buy } },
        ]),
      /locked/,
    );
  });
});

describe('deleteTouchpoints', () => {
  it('deletes several cards and their connections in one undoable step', () => {
    const { doc, aware, a, b, c } = threeCards();
    connect(doc, a, c);
    expectOneUndoableStep(doc, () => deleteTouchpoints(doc, [a, b]));
    expect(titlesIn(doc, aware)).toEqual(['C']);
    expect(cleanMap(doc).connections).toEqual([]);
  });

  it('refuses the whole group when one card is locked', () => {
    const { doc, a, b } = threeCards();
    claimFacilitatorSeat(doc, ALICE);
    setCardLocked(doc, ALICE, b, true);
    expectRefused(doc, () => deleteTouchpoints(doc, [a, b]), /locked/);
  });
});
