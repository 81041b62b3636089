import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connect, disconnect } from '../../model/commands/connections';
import { collection } from '../../model/docLayout';
import { addNote, deleteNote, updateNote } from '../../model/commands/notes';
import { addStage, deleteStage } from '../../model/commands/stages';
import { addWhy, editText } from '../../model/commands/textEdits';
import {
  addTouchpoint,
  deleteTouchpoint,
  moveTouchpoint,
  updateTouchpoint,
} from '../../model/commands/touchpoints';
import { cleanMap, stageNamed } from '../../model/testing/testMaps';
import { localUndoManager } from '../../model/testing/transactionLog';
import { RevertTestSession } from './revertTestSession';

/** The edge cases of a revert, each on a small session of its own (A, B, C; F reverts). */
function session() {
  const s = new RevertTestSession(['A', 'B', 'C']);
  const [a, b, c] = ['A', 'B', 'C'].map((p) => s.doc(p)) as [Y.Doc, Y.Doc, Y.Doc];
  const stageId = (name: string) => stageNamed(cleanMap(s.live), name).id;
  return { s, a, b, c, stageId };
}

const titles = (doc: Y.Doc) => cleanMap(doc).touchpoints.map((t) => t.title);
const cardOf = (doc: Y.Doc, id: string) => cleanMap(doc).touchpoints.find((t) => t.id === id);

describe('revert: text typed by several people', () => {
  it("takes out B's typing and keeps what A typed into the field before B in the window", () => {
    const { s, a, b, stageId } = session();
    const id = addTouchpoint(a, { stageId: stageId('Buy'), title: 'Pay' });
    const from = s.now();
    editText(a, { kind: 'touchpoint', id, field: 'description' }, { index: 0, remove: 0, insert: 'Card' });
    editText(
      b,
      { kind: 'touchpoint', id, field: 'description' },
      { index: 4, remove: 0, insert: ' or cash' },
    );
    editText(b, { kind: 'touchpoint', id, field: 'title' }, { index: 3, remove: 0, insert: 'ment' });
    const plan = s.revert('B', 'F', from);
    expect(plan.fields.map((f) => [f.label, f.now, f.back])).toEqual([
      ['Description', 'Card or cash', 'Card'],
      ['Title', 'Payment', 'Pay'],
    ]);
    for (const doc of [s.live, a, b])
      expect(cardOf(doc, id)).toMatchObject({ title: 'Pay', description: 'Card' });
  });

  it('lists a text field someone typed into after B, and leaves it', () => {
    const { s, a, b, stageId } = session();
    const id = addTouchpoint(a, { stageId: stageId('Buy'), title: 'Pay' });
    editText(b, { kind: 'touchpoint', id, field: 'title' }, { index: 3, remove: 0, insert: 'ment' });
    editText(a, { kind: 'touchpoint', id, field: 'title' }, { index: 0, remove: 0, insert: 'Fast ' });
    const plan = s.revert('B', 'F');
    expect(plan.fields).toEqual([]);
    expect(plan.kept.map((k) => [k.label, k.by.id, k.reason])).toEqual([['Title', 'A', 'changed-later']]);
    expect(cardOf(s.live, id)?.title).toBe('Fast Payment');
  });

  it("puts a pain point's whys back as they were before B", () => {
    const { s, a, b, stageId } = session();
    const note = addNote(a, { kind: 'painPoint', stageId: stageId('Buy'), text: 'Declined' });
    addWhy(a, note, 'Card expired');
    const from = s.now();
    editText(b, { kind: 'why', id: note, index: 0 }, { index: 0, remove: 4, insert: 'Bank' });
    addWhy(b, note, 'Nobody told them');
    const plan = s.revert('B', 'F', from);
    expect(plan.fields.map((f) => [f.label, f.now, f.back])).toEqual([
      ['Whys', 'Bank expired; Nobody told them', 'Card expired'],
    ]);
    for (const doc of [s.live, a, b]) expect(cleanMap(doc).notes[0]?.whys).toEqual(['Card expired']);
  });
});

describe('revert: records', () => {
  it('moves a card B moved back to its stage and place, naming the stages in the preview', () => {
    const { s, a, b, stageId } = session();
    addTouchpoint(a, { stageId: stageId('Buy'), title: 'Pay' });
    const second = addTouchpoint(a, { stageId: stageId('Buy'), title: 'Ship' });
    moveTouchpoint(b, second, { stageId: stageId('Use') });
    const plan = s.revert('B', 'F');
    expect(plan.fields.map((f) => [f.label, f.now, f.back])).toEqual([
      ['Stage', 'Use', 'Buy'],
      ['Position', expect.any(String) as string, expect.any(String) as string],
    ]);
    const map = cleanMap(s.live);
    expect(map.touchpoints.map((t) => [t.title, t.stageId])).toEqual([
      ['Pay', stageId('Buy')],
      ['Ship', stageId('Buy')],
    ]);
  });

  it("removes a card B created even though A edited it since, with A's connection to it (A's edit goes with the card)", () => {
    const { s, a, b, stageId } = session();
    const mine = addTouchpoint(a, { stageId: stageId('Aware'), title: 'Ad' });
    const theirs = addTouchpoint(b, { stageId: stageId('Buy'), title: 'Shop' });
    updateTouchpoint(a, theirs, { owner: 'Retail' });
    connect(a, mine, theirs);
    const plan = s.revert('B', 'F');
    expect(plan.remove.map((r) => [r.kind, r.id])).toEqual([
      ['touchpoint', theirs],
      ['connection', expect.any(String) as string],
    ]);
    expect(plan.kept).toEqual([]);
    expect(titles(s.live)).toEqual(['Ad']);
    expect(cleanMap(s.live).connections).toEqual([]);
  });

  it('brings back a stage B deleted with its cards and notes', () => {
    const { s, a, b, stageId } = session();
    const buy = stageId('Buy');
    addTouchpoint(a, { stageId: buy, title: 'Pay' });
    addNote(a, { kind: 'opportunity', stageId: buy, text: 'One click' });
    deleteStage(b, buy, { touchpoints: 'delete' });
    expect(cleanMap(s.live).stages.map((st) => st.name)).not.toContain('Buy');
    const plan = s.revert('B', 'F');
    // The stage is a tombstone (`deleted`): taking that back is listed as bringing it back.
    expect(plan.restore.map((r) => [r.kind, r.title])).toEqual([
      ['touchpoint', 'Pay'],
      ['note', 'One click'],
      ['stage', 'Buy'],
    ]);
    expect(plan.fields).toEqual([]);
    const map = cleanMap(s.live);
    expect(map.stages.map((st) => st.name)).toEqual([
      'Aware',
      'Consider',
      'Buy',
      'Use',
      'Support',
      'Loyalty',
    ]);
    expect(map.touchpoints.map((t) => [t.title, t.stageId])).toEqual([['Pay', buy]]);
    expect(map.notes.map((n) => [n.text, n.stageId])).toEqual([['One click', buy]]);
  });

  it('lists a field of a card someone else deleted since as record-gone', () => {
    const { s, a, b, c, stageId } = session();
    const id = addTouchpoint(a, { stageId: stageId('Buy'), title: 'Pay' });
    updateTouchpoint(b, id, { owner: 'Sales' });
    deleteTouchpoint(c, id);
    const plan = s.revert('B', 'F');
    expect(plan.kept).toEqual([
      {
        kind: 'touchpoint',
        id,
        title: id,
        field: 'owner',
        label: 'Owner',
        by: { id: 'C', name: 'Name of C' },
        reason: 'record-gone',
      },
    ]);
    expect(titles(s.live)).toEqual([]);
  });

  it('brings a deleted card and note back without links to a card gone since', () => {
    const { s, a, b, c, stageId } = session();
    const pay = addTouchpoint(a, { stageId: stageId('Buy'), title: 'Pay' });
    const ship = addTouchpoint(a, { stageId: stageId('Use'), title: 'Ship' });
    connect(a, pay, ship);
    const note = addNote(a, { kind: 'painPoint', stageId: stageId('Use'), text: 'Late', touchpointId: ship });
    deleteTouchpoint(b, pay);
    deleteNote(b, note);
    deleteTouchpoint(c, ship);
    const plan = s.revert('B', 'F');
    expect(plan.restore.map((r) => [r.kind, r.title])).toEqual([
      ['touchpoint', 'Pay'],
      ['note', 'Late'],
    ]);
    const map = cleanMap(s.live);
    expect(map.touchpoints.map((t) => t.title)).toEqual(['Pay']);
    expect(map.notes.map((n) => [n.text, n.touchpointId])).toEqual([['Late', undefined]]);
    // The connection Pay → Ship went with B's delete; Ship is gone, so it stays gone (not even in the doc).
    expect(map.connections).toEqual([]);
    expect(collection(s.live, 'connections').size).toBe(0);
  });

  it('leaves a card B deleted and brought back with Ctrl+Z (their own "add" of it is not a creation)', () => {
    const { s, a, b, stageId } = session();
    const id = addTouchpoint(a, { stageId: stageId('Buy'), title: 'Pay', owner: 'Sales' });
    const undo = localUndoManager(b);
    deleteTouchpoint(b, id);
    undo.undo();
    expect(titles(s.live)).toEqual(['Pay']);
    const plan = s.revert('B', 'F');
    expect([plan.remove, plan.restore, plan.fields, plan.kept]).toEqual([[], [], [], []]);
    expect(cardOf(s.live, id)).toMatchObject({ title: 'Pay', owner: 'Sales' });
  });

  it("brings back a card with customer data and takes B's change of it back", () => {
    const { s, a, b, stageId } = session();
    const voc = { nps: 20, csat: 4, verbatims: ['Slow'] };
    const kept = addTouchpoint(a, { stageId: stageId('Buy'), title: 'Pay', voc });
    const gone = addTouchpoint(a, { stageId: stageId('Use'), title: 'Ship', voc });
    updateTouchpoint(b, kept, { voc: { nps: -50 } });
    deleteTouchpoint(b, gone);
    s.revert('B', 'F');
    expect(cardOf(s.live, kept)?.voc).toEqual(voc);
    expect(cardOf(s.live, gone)?.voc).toEqual(voc);
  });

  it('puts back a route B removed and drew again with another label', () => {
    const { s, a, b, stageId } = session();
    const pay = addTouchpoint(a, { stageId: stageId('Buy'), title: 'Pay' });
    const ship = addTouchpoint(a, { stageId: stageId('Use'), title: 'Ship' });
    const route = connect(a, pay, ship, 'then');
    disconnect(b, route);
    connect(b, pay, ship, 'never');
    const plan = s.revert('B', 'F');
    expect(plan.fields.map((f) => [f.kind, f.label, f.now, f.back])).toEqual([
      ['connection', 'Label', 'never', 'then'],
    ]);
    expect(cleanMap(s.live).connections.map((c) => c.label)).toEqual(['then']);
  });

  it("does not link a note back to a card the revert removes (B's card, which B unlinked it from)", () => {
    const { s, a, b, stageId } = session();
    const card = addTouchpoint(b, { stageId: stageId('Buy'), title: 'Pay' });
    const note = addNote(a, { kind: 'painPoint', stageId: stageId('Buy'), text: 'Slow', touchpointId: card });
    updateNote(b, note, { touchpointId: undefined });
    const plan = s.revert('B', 'F');
    expect(plan.remove.map((r) => r.title)).toEqual(['Pay']);
    expect(plan.fields).toEqual([]);
    expect(cleanMap(s.live).notes.map((n) => [n.text, n.touchpointId])).toEqual([['Slow', undefined]]);
  });

  it("takes away a stage B added as deleting a stage does: A's card in it moves next door", () => {
    const { s, a, b, stageId } = session();
    const added = addStage(b, { name: 'Unbox', index: 4 });
    addTouchpoint(a, { stageId: added, title: 'Open the box' });
    const plan = s.revert('B', 'F');
    expect(plan.remove.map((r) => [r.kind, r.title])).toEqual([['stage', 'Unbox']]);
    const map = cleanMap(s.live);
    expect(map.stages.map((st) => st.name)).toEqual([
      'Aware',
      'Consider',
      'Buy',
      'Use',
      'Support',
      'Loyalty',
    ]);
    expect(map.touchpoints.map((t) => [t.title, t.stageId])).toEqual([['Open the box', stageId('Use')]]);
    expect(s.revert('B', 'F').remove).toEqual([]);
  });

  it('does nothing for a card B created and deleted in the window', () => {
    const { s, b, stageId } = session();
    const id = addTouchpoint(b, { stageId: stageId('Buy'), title: 'Oops' });
    updateTouchpoint(b, id, { owner: 'Me' });
    deleteTouchpoint(b, id);
    const plan = s.revert('B', 'F');
    expect([plan.remove, plan.restore, plan.fields, plan.kept]).toEqual([[], [], [], []]);
    expect(titles(s.live)).toEqual([]);
  });
});

describe('revert: the window', () => {
  it("takes a field back to its value at the window start, not before B's earlier edits", () => {
    const { s, a, b, stageId } = session();
    const id = addTouchpoint(a, { stageId: stageId('Buy'), title: 'Pay' });
    updateTouchpoint(b, id, { owner: 'One' });
    s.pause(60_000);
    const from = s.now();
    updateTouchpoint(b, id, { owner: 'Two' });
    const plan = s.revert('B', 'F', from);
    expect(plan.fields.map((f) => [f.label, f.now, f.back])).toEqual([['Owner', 'Two', 'One']]);
    expect(cardOf(s.live, id)?.owner).toBe('One');
  });

  it('lists a field B changed again after the window as changed later by B, and leaves it', () => {
    const { s, a, b, stageId } = session();
    const id = addTouchpoint(a, { stageId: stageId('Buy'), title: 'Pay' });
    const from = s.now();
    updateTouchpoint(b, id, { owner: 'In the window' });
    const to = s.now();
    s.pause(60_000);
    updateTouchpoint(b, id, { owner: 'After it' });
    const plan = s.revert('B', 'F', from, to);
    expect(plan.fields).toEqual([]);
    expect(plan.kept.map((k) => [k.label, k.by.id, k.reason])).toEqual([['Owner', 'B', 'changed-later']]);
    expect(cardOf(s.live, id)?.owner).toBe('After it');
  });

  it('takes a field of a card someone else created in the window back to its value at creation', () => {
    const { s, a, b, stageId } = session();
    const from = s.now();
    const id = addTouchpoint(a, { stageId: stageId('Buy'), title: 'Pay', owner: 'Finance' });
    updateTouchpoint(b, id, { owner: 'Sales', emotion: -2 });
    s.revert('B', 'F', from);
    expect(cardOf(s.live, id)).toMatchObject({ title: 'Pay', owner: 'Finance', emotion: 0 });
  });
});
