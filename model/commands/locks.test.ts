import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { expectRefused } from '../testing/commandChecks';
import { ALICE, BOB, expectOneFacilitationStep } from '../testing/facilitationChecks';
import { localUndoManager } from '../testing/transactionLog';
import { cleanMap, laneOfKind, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import { claimFacilitatorSeat } from './facilitatorSeat';
import { addLane, deleteLane, moveLane, renameLane, setLaneVisible } from './lanes';
import { setCardLocked, setStructureLocked } from './locks';
import { addNote, deleteNote, moveNote, updateNote } from './notes';
import { addStage, deleteStage, moveStage, renameStage } from './stages';
import { addTouchpoint, deleteTouchpoint, moveTouchpoint, setEmotion, updateTouchpoint } from './touchpoints';

function facilitated() {
  const doc = templateDoc('sample');
  claimFacilitatorSeat(doc, ALICE);
  const map = cleanMap(doc);
  return {
    doc,
    agent: touchpointTitled(map, 'Agent call').id,
    notice: stageNamed(map, 'Notice problem').id,
    followUp: stageNamed(map, 'Follow-up').id,
    backstage: laneOfKind(map, 'backstage').id,
    note: map.notes[0]!.id,
  };
}

describe('setStructureLocked', () => {
  it('locks and unlocks the structure in one facilitation step each; only the facilitator may', () => {
    const { doc } = facilitated();
    expectRefused(doc, () => setStructureLocked(doc, BOB, true), /only the facilitator/);
    expectOneFacilitationStep(doc, () => setStructureLocked(doc, ALICE, true));
    expect(cleanMap(doc).facilitation.structureLocked).toBe(true);
    expectOneFacilitationStep(doc, () => setStructureLocked(doc, ALICE, false));
    expect(cleanMap(doc).facilitation.structureLocked).toBe(false);
  });

  it('refuses every structure command while locked, writing nothing; cards stay free', () => {
    const { doc, notice, followUp, backstage, agent } = facilitated();
    setStructureLocked(doc, ALICE, true);
    const refusals: Array<[string, (d: Y.Doc) => unknown]> = [
      ['addStage', (d) => addStage(d, { name: 'Renew' })],
      ['renameStage', (d) => renameStage(d, notice, 'Notice')],
      ['moveStage', (d) => moveStage(d, notice, 3)],
      ['deleteStage', (d) => deleteStage(d, followUp, { touchpoints: 'move' })],
      ['addLane', (d) => addLane(d, { kind: 'thoughts' })],
      ['renameLane', (d) => renameLane(d, backstage, 'Systems')],
      ['moveLane', (d) => moveLane(d, backstage, 0)],
      ['setLaneVisible', (d) => setLaneVisible(d, backstage, false)],
      ['deleteLane', (d) => deleteLane(d, backstage)],
    ];
    for (const [, run] of refusals) expectRefused(doc, () => run(doc), /stages and lanes are locked/);
    // A locked structure is about columns and rows: cards still move, and are still added.
    moveTouchpoint(doc, agent, { stageId: notice });
    addTouchpoint(doc, { stageId: followUp, title: 'Renewal call' });
    setStructureLocked(doc, ALICE, false);
    for (const [, run] of refusals) run(doc);
  });
});

describe('setCardLocked', () => {
  it('locks a touchpoint: moving and deleting are refused, its content stays editable', () => {
    const { doc, agent, notice } = facilitated();
    expectOneFacilitationStep(doc, () => setCardLocked(doc, ALICE, agent, true));
    expect(touchpointTitled(cleanMap(doc), 'Agent call').locked).toBe(true);
    expectRefused(doc, () => moveTouchpoint(doc, agent, { stageId: notice }), /“Agent call” is locked/);
    expectRefused(doc, () => deleteTouchpoint(doc, agent), /is locked/);
    updateTouchpoint(doc, agent, { title: 'Agent call (tier 1)', owner: 'Care' });
    setEmotion(doc, agent, -1);
    expect(touchpointTitled(cleanMap(doc), 'Agent call (tier 1)')).toMatchObject({
      emotion: -1,
      locked: true,
    });
    // The panel's edits cannot unlock it: `locked` is not an editable field.
    updateTouchpoint(doc, agent, { locked: false } as never);
    expect(touchpointTitled(cleanMap(doc), 'Agent call (tier 1)').locked).toBe(true);
  });

  it('locks a note the same way', () => {
    const { doc, note, followUp } = facilitated();
    setCardLocked(doc, ALICE, note, true);
    expectRefused(doc, () => moveNote(doc, note, { stageId: followUp }), /is locked/);
    expectRefused(doc, () => deleteNote(doc, note), /is locked/);
    updateNote(doc, note, { text: 'Still editable' });
    setCardLocked(doc, ALICE, note, false);
    expect(cleanMap(doc).notes.find((n) => n.id === note)).not.toHaveProperty('locked');
    deleteNote(doc, note);
  });

  it('refuses deleting a stage or lane that holds a locked card', () => {
    const { doc, agent, backstage, followUp } = facilitated();
    const contact = cleanMap(doc).touchpoints.find((t) => t.id === agent)!.stageId;
    setCardLocked(doc, ALICE, agent, true);
    expectRefused(doc, () => deleteStage(doc, contact, { touchpoints: 'delete' }), /holds locked cards/);
    expectRefused(doc, () => deleteStage(doc, contact, { touchpoints: 'move' }), /holds locked cards/);
    const card = addTouchpoint(doc, { stageId: followUp, laneId: backstage });
    setCardLocked(doc, ALICE, card, true);
    expectRefused(doc, () => deleteLane(doc, backstage), /lane holds locked cards/);
  });

  it('only the facilitator locks, only existing cards, and a user’s undo never unlocks', () => {
    const { doc, agent, notice } = facilitated();
    expectRefused(doc, () => setCardLocked(doc, BOB, agent, true), /only the facilitator/);
    expectRefused(doc, () => setCardLocked(doc, ALICE, 'tp_missing', true), /does not exist/);
    const undo = localUndoManager(doc);
    setEmotion(doc, agent, 2);
    setCardLocked(doc, ALICE, agent, true);
    undo.undo();
    expect(touchpointTitled(cleanMap(doc), 'Agent call')).toMatchObject({ emotion: 1, locked: true });
    expectRefused(doc, () => moveTouchpoint(doc, agent, { stageId: notice }));
  });
});

describe('a note added next to a locked one', () => {
  it('is free to move', () => {
    const { doc, note, notice, followUp } = facilitated();
    setCardLocked(doc, ALICE, note, true);
    const other = addNote(doc, { kind: 'painPoint', stageId: notice, text: 'free' });
    moveNote(doc, other, { stageId: followUp });
    expect(cleanMap(doc).notes.find((n) => n.id === other)?.stageId).toBe(followUp);
  });
});
