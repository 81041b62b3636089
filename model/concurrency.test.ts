import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connect } from './commands/connections';
import { addNote, updateNote } from './commands/notes';
import { addStage, deleteStage, moveStage } from './commands/stages';
import {
  addTouchpoint,
  deleteTouchpoint,
  moveTouchpoint,
  setEmotion,
  updateTouchpoint,
} from './commands/touchpoints';
import { readMap } from './readMap';
import { cloneDoc, pushUpdates, sameYState, syncDocs } from './testing/syncDocs';
import { cleanMap, stageNamed, templateDoc, touchpointTitled } from './testing/testMaps';

/** Two or three clients that start from the same sample map, with fixed client ids. */
function peers(n: 2 | 3, template: 'sample' | 'blank' = 'sample'): Y.Doc[] {
  const first = templateDoc(template, 1);
  return [first, ...Array.from({ length: n - 1 }, (_, i) => cloneDoc(first, i + 2))];
}

function expectConverged(docs: Y.Doc[]) {
  const [first, ...rest] = docs.map((d) => JSON.stringify(cleanMap(d)));
  for (const other of rest) expect(other).toBe(first);
  for (const other of docs.slice(1)) expect(sameYState(docs[0]!, other)).toBe(true);
}

describe('concurrent edits converge', () => {
  it('two people reorder stages: same order on both, every stage once', () => {
    const [a, b] = peers(2) as [Y.Doc, Y.Doc];
    const map = cleanMap(a);
    moveStage(a, stageNamed(map, 'Follow-up').id, 0);
    moveStage(b, stageNamed(map, 'Notice problem').id, 5);
    moveStage(b, stageNamed(map, 'Resolution').id, 0);
    syncDocs(a, b);
    expectConverged([a, b]);
    const names = cleanMap(a).stages.map((s) => s.name);
    expect([...names].sort()).toEqual(map.stages.map((s) => s.name).sort());
    expect(names.indexOf('Notice problem')).toBe(5);
  });

  it('three people move different stages to the same index: all kept once, same order', () => {
    const docs = peers(3);
    const map = cleanMap(docs[0]!);
    ['Resolution', 'Technician visit', 'Follow-up'].forEach((name, i) =>
      moveStage(docs[i]!, stageNamed(map, name).id, 1),
    );
    syncDocs(...docs);
    expectConverged(docs);
    const names = cleanMap(docs[0]!).stages.map((s) => s.name);
    expect(new Set(names).size).toBe(6);
    expect(names[0]).toBe('Notice problem');
  });

  it('two people insert a stage at the same index: both appear, in the same order everywhere', () => {
    const [a, b] = peers(2) as [Y.Doc, Y.Doc];
    addStage(a, { name: 'From A', index: 1 });
    addStage(b, { name: 'From B', index: 1 });
    syncDocs(a, b);
    expectConverged([a, b]);
    expect(
      [
        ...cleanMap(a)
          .stages.map((s) => s.name)
          .slice(1, 3),
      ].sort(),
    ).toEqual(['From A', 'From B']);
  });

  it('two people move the same touchpoint to different stages: one wins, the card exists once', () => {
    const [a, b] = peers(2) as [Y.Doc, Y.Doc];
    const map = cleanMap(a);
    const agent = touchpointTitled(map, 'Agent call');
    const resolution = stageNamed(map, 'Resolution').id;
    const followUp = stageNamed(map, 'Follow-up').id;
    moveTouchpoint(a, agent.id, { stageId: resolution });
    moveTouchpoint(b, agent.id, { stageId: followUp, index: 0 });
    syncDocs(a, b);
    expectConverged([a, b]);
    const copies = cleanMap(a).touchpoints.filter((t) => t.id === agent.id);
    expect(copies).toHaveLength(1);
    expect([resolution, followUp]).toContain(copies[0]?.stageId);
  });

  it('one deletes a stage while the other adds a card to it: the card lands in the fallback stage', () => {
    const [a, b] = peers(2) as [Y.Doc, Y.Doc];
    const map = cleanMap(a);
    const tech = stageNamed(map, 'Technician visit').id;
    const contact = stageNamed(map, 'Contact support').id;
    deleteStage(a, tech, { touchpoints: 'move' });
    const added = addTouchpoint(b, { stageId: tech, title: 'Reschedule call', channel: 'phone' });
    const note = addNote(b, { kind: 'painPoint', stageId: tech, text: 'No arrival window' });
    syncDocs(a, b);
    expectConverged([a, b]);
    const { map: after, problems } = readMap(a);
    expect(problems).toEqual([]);
    expect(after.stages.map((s) => s.id)).not.toContain(tech);
    expect(after.touchpoints.filter((t) => t.id === added)).toEqual([
      expect.objectContaining({ stageId: contact }),
    ]);
    expect(after.notes.find((n) => n.id === note)?.stageId).toBe(contact);
    // The cards the delete moved went to the same place.
    expect(touchpointTitled(after, 'Appointment SMS').stageId).toBe(contact);
  });

  it('two people delete neighbouring stages at once: the cards still find a live stage', () => {
    const [a, b] = peers(2) as [Y.Doc, Y.Doc];
    const map = cleanMap(a);
    const contact = stageNamed(map, 'Contact support').id;
    const tech = stageNamed(map, 'Technician visit').id;
    deleteStage(a, contact, { touchpoints: 'move', to: tech });
    deleteStage(b, tech, { touchpoints: 'move', to: contact });
    syncDocs(a, b);
    expectConverged([a, b]);
    const after = cleanMap(a);
    expect(after.stages).toHaveLength(4);
    expect(after.touchpoints).toHaveLength(map.touchpoints.length);
    const live = new Set(after.stages.map((s) => s.id));
    for (const t of after.touchpoints) expect(live).toContain(t.stageId);
  });

  it('one deletes a touchpoint while the other connects it: no dangling edge is shown', () => {
    const [a, b] = peers(2) as [Y.Doc, Y.Doc];
    const map = cleanMap(a);
    const survey = touchpointTitled(map, 'Survey email').id;
    const credit = touchpointTitled(map, 'Bill credit').id;
    deleteTouchpoint(a, credit);
    connect(b, survey, credit);
    const note = addNote(b, {
      kind: 'opportunity',
      stageId: stageNamed(map, 'Follow-up').id,
      touchpointId: credit,
    });
    syncDocs(a, b);
    expectConverged([a, b]);
    const { map: after, problems } = readMap(b);
    expect(problems).toEqual([]);
    expect(after.touchpoints.map((t) => t.id)).not.toContain(credit);
    expect(after.connections).toHaveLength(map.connections.length);
    expect(after.connections.some((c) => c.from === credit || c.to === credit)).toBe(false);
    expect(after.notes.find((n) => n.id === note)).toMatchObject({ touchpointId: undefined });
  });

  it('concurrent edits of different fields of one touchpoint are both kept', () => {
    const docs = peers(3);
    const map = cleanMap(docs[0]!);
    const bill = touchpointTitled(map, 'Bill credit');
    const resolution = stageNamed(map, 'Resolution').id;
    updateTouchpoint(docs[0]!, bill.id, { owner: 'Billing' });
    setEmotion(docs[1]!, bill.id, -1);
    moveTouchpoint(docs[2]!, bill.id, { stageId: resolution });
    syncDocs(...docs);
    expectConverged(docs);
    expect(touchpointTitled(cleanMap(docs[1]!), 'Bill credit')).toMatchObject({
      owner: 'Billing',
      emotion: -1,
      stageId: resolution,
      title: 'Bill credit',
      channel: 'mail',
    });
  });

  it("the same text edited by two people at once keeps both people's typing on every doc", () => {
    const [a, b] = peers(2) as [Y.Doc, Y.Doc];
    const note = cleanMap(a).notes[0]!;
    updateNote(a, note.id, { text: 'A wrote this' });
    updateNote(b, note.id, { text: 'B wrote this' });
    syncDocs(a, b);
    expectConverged([a, b]);
    const text = cleanMap(a).notes.find((n) => n.id === note.id)?.text;
    expect(text).toContain('A wrote this');
    expect(text).toContain('B wrote this');
  });

  it('two people drawing the same edge make one connection', () => {
    const [a, b] = peers(2) as [Y.Doc, Y.Doc];
    const map = cleanMap(a);
    const sms = touchpointTitled(map, 'Appointment SMS').id;
    const tech = touchpointTitled(map, 'Technician at home').id;
    connect(a, sms, tech, 'confirms');
    connect(b, sms, tech, 'confirms');
    syncDocs(a, b);
    expectConverged([a, b]);
    expect(cleanMap(a).connections.filter((c) => c.from === sms && c.to === tech)).toHaveLength(1);
  });

  it('updates relayed through a third peer in any order converge', () => {
    const [a, b, c] = peers(3) as [Y.Doc, Y.Doc, Y.Doc];
    const map = cleanMap(a);
    const stageId = stageNamed(map, 'Notice problem').id;
    addTouchpoint(a, { stageId, title: 'Router lights' });
    pushUpdates(a, c);
    moveStage(c, stageId, 3);
    addTouchpoint(b, { stageId, title: 'Neighbour asks', index: 0 });
    pushUpdates(b, c);
    pushUpdates(c, a);
    pushUpdates(a, b);
    expectConverged([a, b, c]);
    const titles = cleanMap(a)
      .touchpoints.filter((t) => t.stageId === stageId)
      .map((t) => t.title);
    expect([...titles].sort()).toEqual(['Neighbour asks', 'Router lights', 'Streaming stops']);
  });
});
