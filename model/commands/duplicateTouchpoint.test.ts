import { describe, expect, it } from 'vitest';
import { getRecord } from '../docLayout';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { cleanMap, stageNamed, templateDoc } from '../testing/testMaps';
import { connect } from './connections';
import { addNote } from './notes';
import { duplicateNote } from './duplicateNote';
import { duplicateTouchpoint } from './duplicateTouchpoint';
import { addTouchpoint } from './touchpoints';

function cellWithThreeCards() {
  const doc = templateDoc();
  const aware = stageNamed(cleanMap(doc), 'Aware').id;
  const [a, b, c] = ['A', 'B', 'C'].map((title) => addTouchpoint(doc, { stageId: aware, title }));
  return { doc, aware, a: a!, b: b!, c: c! };
}
const titlesIn = (doc: ReturnType<typeof templateDoc>, stageId: string) =>
  cleanMap(doc)
    .touchpoints.filter((t) => t.stageId === stageId)
    .map((t) => t.title);

describe('duplicateTouchpoint', () => {
  it('copies the content into the slot right after the original, in one undoable step', () => {
    const { doc, aware, b } = cellWithThreeCards();
    const src = cleanMap(doc).touchpoints.find((t) => t.id === b)!;
    doc.transact(() => getRecord(doc, 'touchpoints', b)!.set('voc', { nps: 30, verbatims: ['Slow'] }));
    const id = expectOneUndoableStep(doc, () => duplicateTouchpoint(doc, b));
    const copy = cleanMap(doc).touchpoints.find((t) => t.id === id);
    expect(copy).toEqual({ ...src, voc: { nps: 30, verbatims: ['Slow'] }, id, order: copy!.order });
    expect(titlesIn(doc, aware)).toEqual(['A', 'B', 'B', 'C']);
    expect(
      cleanMap(doc)
        .touchpoints.map((t) => t.id)
        .indexOf(id),
    ).toBe(2);
  });

  it('duplicates the last card to the end and leaves connections and locks behind', () => {
    const { doc, aware, a, c } = cellWithThreeCards();
    connect(doc, a, c);
    doc.transact(() => getRecord(doc, 'touchpoints', c)!.set('locked', true));
    const id = duplicateTouchpoint(doc, c);
    expect(titlesIn(doc, aware)).toEqual(['A', 'B', 'C', 'C']);
    expect(cleanMap(doc).connections).toHaveLength(1);
    expect(getRecord(doc, 'touchpoints', id)!.has('locked')).toBe(false);
  });

  it('refuses an unknown card, writing nothing', () => {
    const { doc } = cellWithThreeCards();
    expectRefused(doc, () => duplicateTouchpoint(doc, 'tp_missing'), /does not exist/);
  });
});

describe('duplicateNote', () => {
  it('copies text, kind, CX area and touchpoint link right after the original', () => {
    const { doc, aware, a } = cellWithThreeCards();
    const first = addNote(doc, {
      kind: 'opportunity',
      stageId: aware,
      text: 'Chat',
      cxArea: 'design',
      touchpointId: a,
    });
    addNote(doc, { kind: 'opportunity', stageId: aware, text: 'Later' });
    const id = expectOneUndoableStep(doc, () => duplicateNote(doc, first));
    const notes = cleanMap(doc).notes;
    expect(notes.map((n) => n.text)).toEqual(['Chat', 'Chat', 'Later']);
    expect(notes[1]).toMatchObject({
      id,
      kind: 'opportunity',
      cxArea: 'design',
      touchpointId: a,
      stageId: aware,
    });
  });

  it('refuses an unknown note', () => {
    const { doc } = cellWithThreeCards();
    expectRefused(doc, () => duplicateNote(doc, 'note_missing'), /does not exist/);
  });
});
