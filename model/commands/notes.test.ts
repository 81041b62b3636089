import { describe, expect, it } from 'vitest';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { cleanMap, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import { addNote, deleteNote, moveNote, updateNote } from './notes';
import { deleteStage } from './stages';

function sample() {
  const doc = templateDoc('sample');
  const map = cleanMap(doc);
  return {
    doc,
    notice: stageNamed(map, 'Notice problem').id,
    contact: stageNamed(map, 'Contact support').id,
    resolution: stageNamed(map, 'Resolution').id,
    agent: touchpointTitled(map, 'Agent call').id,
  };
}
const noteById = (doc: ReturnType<typeof templateDoc>, id: string) =>
  cleanMap(doc).notes.find((n) => n.id === id);
const textsIn = (doc: ReturnType<typeof templateDoc>, stageId: string, kind: string) =>
  cleanMap(doc)
    .notes.filter((n) => n.stageId === stageId && n.kind === kind)
    .map((n) => n.text);

describe('addNote', () => {
  it('adds a pain point tied to a touchpoint, in one undoable step', () => {
    const { doc, contact, agent } = sample();
    const id = expectOneUndoableStep(doc, () =>
      addNote(doc, { kind: 'painPoint', stageId: contact, text: 'Long hold', touchpointId: agent }),
    );
    expect(noteById(doc, id)).toMatchObject({
      kind: 'painPoint',
      stageId: contact,
      text: 'Long hold',
      touchpointId: agent,
    });
    expect(textsIn(doc, contact, 'painPoint')).toEqual(['IVR has no outage option', 'Long hold']);
  });

  it('keeps the CX area for an opportunity and drops it for a pain point', () => {
    const { doc, resolution } = sample();
    const opp = addNote(doc, { kind: 'opportunity', stageId: resolution, text: 'Credit', cxArea: 'emotion' });
    const pain = addNote(doc, { kind: 'painPoint', stageId: resolution, text: 'Slow', cxArea: 'design' });
    expect(noteById(doc, opp)?.cxArea).toBe('emotion');
    expect(noteById(doc, pain)).not.toHaveProperty('cxArea');
  });

  it('inserts at an index among notes of the same kind in the stage', () => {
    const { doc, resolution } = sample();
    addNote(doc, { kind: 'painPoint', stageId: resolution, text: 'B' });
    addNote(doc, { kind: 'opportunity', stageId: resolution, text: 'other kind' });
    addNote(doc, { kind: 'painPoint', stageId: resolution, text: 'A', index: 0 });
    expect(textsIn(doc, resolution, 'painPoint')).toEqual(['A', 'B']);
  });

  it('refuses unknown or deleted stages, unknown touchpoints and bad values, writing nothing', () => {
    const { doc, notice, resolution } = sample();
    expectRefused(doc, () => addNote(doc, { kind: 'painPoint', stageId: 'stage_missing' }), /does not exist/);
    expectRefused(doc, () =>
      addNote(doc, { kind: 'painPoint', stageId: notice, touchpointId: 'tp_missing' }),
    );
    expectRefused(doc, () => addNote(doc, { kind: 'idea' as never, stageId: notice }));
    expectRefused(doc, () =>
      addNote(doc, { kind: 'opportunity', stageId: notice, cxArea: 'price' as never }),
    );
    expectRefused(doc, () => addNote(doc, { kind: 'painPoint', stageId: notice, text: 'x'.repeat(2001) }));
    deleteStage(doc, resolution, { touchpoints: 'delete' });
    expectRefused(doc, () => addNote(doc, { kind: 'painPoint', stageId: resolution }));
  });
});

describe('updateNote', () => {
  it('edits text, CX area and link, in one undoable step', () => {
    const { doc, notice, agent } = sample();
    const id = addNote(doc, { kind: 'opportunity', stageId: notice, text: 'draft' });
    expectOneUndoableStep(doc, () =>
      updateNote(doc, id, { text: 'Outage banner', cxArea: 'design', touchpointId: agent }),
    );
    expect(noteById(doc, id)).toMatchObject({
      text: 'Outage banner',
      cxArea: 'design',
      touchpointId: agent,
      stageId: notice,
    });
  });

  it('clears the link and CX area with undefined but never the required text', () => {
    const { doc, notice, agent } = sample();
    const id = addNote(doc, {
      kind: 'opportunity',
      stageId: notice,
      text: 'keep me',
      cxArea: 'culture',
      touchpointId: agent,
    });
    updateNote(doc, id, { touchpointId: undefined, cxArea: undefined, text: undefined });
    const note = noteById(doc, id);
    expect(note?.text).toBe('keep me');
    expect(note).not.toHaveProperty('touchpointId');
    expect(note).not.toHaveProperty('cxArea');
  });

  it('refuses a CX area on a pain point (only opportunities serve a CX area)', () => {
    const { doc, contact } = sample();
    const id = addNote(doc, { kind: 'painPoint', stageId: contact, text: 'Long hold' });
    expectRefused(doc, () => updateNote(doc, id, { cxArea: 'advantage' }), /opportunit/);
  });

  it('refuses unknown notes, unknown touchpoints and bad values, writing nothing', () => {
    const { doc, notice } = sample();
    const id = addNote(doc, { kind: 'opportunity', stageId: notice });
    expectRefused(doc, () => updateNote(doc, 'note_missing', { text: 'x' }), /does not exist/);
    expectRefused(doc, () => updateNote(doc, id, { touchpointId: 'tp_missing' }), /does not exist/);
    expectRefused(doc, () => updateNote(doc, id, { cxArea: 'price' as never }));
  });
});

describe('moveNote', () => {
  it('moves a note to another stage at an index, in one undoable step', () => {
    const { doc, notice, contact } = sample();
    const id = addNote(doc, { kind: 'painPoint', stageId: notice, text: 'Moved' });
    expectOneUndoableStep(doc, () => moveNote(doc, id, { stageId: contact, index: 0 }));
    expect(textsIn(doc, notice, 'painPoint')).toEqual([]);
    expect(textsIn(doc, contact, 'painPoint')).toEqual(['Moved', 'IVR has no outage option']);
  });

  it('reorders inside its cell', () => {
    const { doc, resolution } = sample();
    const ids = ['A', 'B', 'C'].map((text) => addNote(doc, { kind: 'painPoint', stageId: resolution, text }));
    moveNote(doc, ids[2]!, { stageId: resolution, index: 0 });
    expect(textsIn(doc, resolution, 'painPoint')).toEqual(['C', 'A', 'B']);
    moveNote(doc, ids[2]!, { stageId: resolution });
    expect(textsIn(doc, resolution, 'painPoint')).toEqual(['A', 'B', 'C']);
  });

  it('refuses unknown notes and unknown or deleted stages, writing nothing', () => {
    const { doc, notice, resolution } = sample();
    const id = addNote(doc, { kind: 'painPoint', stageId: notice });
    expectRefused(doc, () => moveNote(doc, 'note_missing', { stageId: notice }));
    expectRefused(doc, () => moveNote(doc, id, { stageId: 'stage_missing' }));
    deleteStage(doc, resolution, { touchpoints: 'move' });
    expectRefused(doc, () => moveNote(doc, id, { stageId: resolution }));
  });
});

describe('deleteNote', () => {
  it('removes the note in one undoable step', () => {
    const { doc } = sample();
    const note = cleanMap(doc).notes.find((n) => n.text === 'IVR has no outage option')!;
    expectOneUndoableStep(doc, () => deleteNote(doc, note.id));
    expect(cleanMap(doc).notes.map((n) => n.text)).toEqual([
      'Proactive outage SMS',
      'Status page says all is fine',
    ]);
  });

  it('refuses an unknown note, writing nothing', () => {
    const { doc } = sample();
    expectRefused(doc, () => deleteNote(doc, 'note_missing'), /does not exist/);
  });
});
