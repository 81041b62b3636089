import { describe, expect, it } from 'vitest';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { cleanMap, templateDoc, touchpointTitled } from '../testing/testMaps';
import { connectionId } from '../records/connection';
import { setConnectionDetails } from './connections';
import { createLedgerAction, ledgerActionTitle, ledgerNoteText } from './ledgerActions';
import { addNote } from './notes';

/** The sample map with Status page → Agent call tagged as 1,200 failure contacts a month. */
function tagged() {
  const doc = templateDoc('sample');
  const map = cleanMap(doc);
  const status = touchpointTitled(map, 'Status page');
  const agent = touchpointTitled(map, 'Agent call');
  const ivr = touchpointTitled(map, 'IVR menu');
  setConnectionDetails(doc, connectionId(status.id, agent.id), { volume: 1200, demand: 'failure' });
  setConnectionDetails(doc, connectionId(ivr.id, agent.id), { volume: 800, demand: 'value' });
  return { doc, status, agent, ivr };
}

describe('createLedgerAction', () => {
  it('adds the action on a new pain point tied to a cause that has none, in one undo step', () => {
    const { doc, status, agent } = tagged();
    const notesBefore = cleanMap(doc).notes.length;
    const result = expectOneUndoableStep(doc, () => createLedgerAction(doc, status.id));
    const map = cleanMap(doc);
    expect(result.newNote).toBe(true);
    expect(map.notes).toHaveLength(notesBefore + 1);
    const note = map.notes.find((n) => n.id === result.noteId);
    expect(note).toMatchObject({
      kind: 'painPoint',
      stageId: status.stageId,
      touchpointId: status.id,
      text: 'Causes 1,200 avoidable contacts a month into Agent call',
    });
    const action = map.actions.find((a) => a.id === result.actionId);
    expect(action).toMatchObject({
      noteId: result.noteId,
      title: 'Remove failure demand from “Status page”',
      touchpointIds: [status.id],
      status: 'idea',
    });
    expect(agent.id).not.toBe(status.id);
  });

  it('hangs the action on the cause’s first pain point when it has one, adding no note', () => {
    const { doc, status } = tagged();
    const first = addNote(doc, {
      kind: 'painPoint',
      stageId: status.stageId,
      touchpointId: status.id,
      text: 'Says all is fine',
    });
    addNote(doc, { kind: 'painPoint', stageId: status.stageId, touchpointId: status.id, text: 'Slow' });
    const notesBefore = cleanMap(doc).notes.length;
    const result = expectOneUndoableStep(doc, () => createLedgerAction(doc, status.id));
    const map = cleanMap(doc);
    expect(result).toMatchObject({ noteId: first, newNote: false });
    expect(map.notes).toHaveLength(notesBefore);
    expect(map.actions.filter((a) => a.noteId === first)).toHaveLength(1);
  });

  it('refuses a touchpoint that causes no failure demand, writing nothing', () => {
    const { doc, ivr, agent } = tagged();
    // IVR menu's route is value demand; Agent call is a hub nothing fails into from it.
    expectRefused(doc, () => createLedgerAction(doc, ivr.id), /causes no failure demand/);
    expectRefused(doc, () => createLedgerAction(doc, agent.id), /causes no failure demand/);
    expectRefused(doc, () => createLedgerAction(doc, 'tp_nope'), /causes no failure demand/);
  });

  it('blames the upstream cause of a hand-over between hubs, named after the hub it lands in', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const id = (t: string) => touchpointTitled(map, t).id;
    setConnectionDetails(doc, connectionId(id('Router app restart'), id('Chat with bot')), {
      volume: 300,
      demand: 'failure',
    });
    setConnectionDetails(doc, connectionId(id('Chat with bot'), id('Agent call')), {
      volume: 100,
      demand: 'failure',
    });
    const result = createLedgerAction(doc, id('Router app restart'));
    const note = cleanMap(doc).notes.find((n) => n.id === result.noteId);
    // 300 into Chat with bot, and all 100 of the chat's failure hand-overs into Agent call.
    expect(note?.text).toBe('Causes 400 avoidable contacts a month into Chat with bot and Agent call');
  });
});

describe('ledger action texts', () => {
  it('keeps a long title within an action title’s length', () => {
    const title = ledgerActionTitle('x'.repeat(400));
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.startsWith('Remove failure demand from “xxx')).toBe(true);
    expect(title.endsWith('…”')).toBe(true);
  });

  it('says one contact in the singular and names no hub when there is none', () => {
    expect(ledgerNoteText({ contacts: 1 }, [])).toBe('Causes 1 avoidable contact a month');
    expect(ledgerNoteText({ contacts: 2.6 }, ['Agent call'])).toBe(
      'Causes 3 avoidable contacts a month into Agent call',
    );
  });
});
