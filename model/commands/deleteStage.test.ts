import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { JourneyMap } from '../journeyMap';
import { readMap } from '../readMap';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { cloneDoc, syncDocs } from '../testing/syncDocs';
import { cleanMap, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import { connect } from './connections';
import { addNote } from './notes';
import { deleteStage } from './stages';
import { addTouchpoint } from './touchpoints';

const stageOf = (map: JourneyMap, title: string) => touchpointTitled(map, title).stageId;

/** No card, note or edge in the snapshot points at something that is not in it. */
function expectNoOrphans(doc: Y.Doc) {
  const { map, problems } = readMap(doc);
  expect(problems).toEqual([]);
  const stageIds = new Set(map.stages.map((s) => s.id));
  const tpIds = new Set(map.touchpoints.map((t) => t.id));
  for (const t of map.touchpoints) expect(stageIds).toContain(t.stageId);
  for (const n of map.notes) {
    expect(stageIds).toContain(n.stageId);
    if (n.touchpointId !== undefined) expect(tpIds).toContain(n.touchpointId);
  }
  for (const c of map.connections) expect([tpIds.has(c.from), tpIds.has(c.to)]).toEqual([true, true]);
}

describe("deleteStage in 'move' mode", () => {
  it('moves touchpoints and notes to the previous stage by default, in one undoable step', () => {
    const doc = templateDoc('sample');
    const before = cleanMap(doc);
    const contact = stageNamed(before, 'Contact support');
    const selfDiagnose = stageNamed(before, 'Self-diagnose');
    expectOneUndoableStep(doc, () => deleteStage(doc, contact.id, { touchpoints: 'move' }));

    const map = cleanMap(doc);
    expect(map.stages.map((s) => s.name)).not.toContain('Contact support');
    for (const title of ['IVR menu', 'Agent call', 'Chat with bot'])
      expect(stageOf(map, title)).toBe(selfDiagnose.id);
    const ivrNote = map.notes.find((n) => n.text === 'IVR has no outage option');
    expect(ivrNote?.stageId).toBe(selfDiagnose.id);
    // Moving keeps every card, edge and note.
    expect(map.touchpoints).toHaveLength(before.touchpoints.length);
    expect(map.connections).toHaveLength(before.connections.length);
    expect(map.notes).toHaveLength(before.notes.length);
    expectNoOrphans(doc);
  });

  it('moves to the next stage when the first stage is deleted', () => {
    const doc = templateDoc('sample');
    const before = cleanMap(doc);
    const notice = stageNamed(before, 'Notice problem');
    const selfDiagnose = stageNamed(before, 'Self-diagnose');
    deleteStage(doc, notice.id, { touchpoints: 'move' });
    const map = cleanMap(doc);
    expect(stageOf(map, 'Streaming stops')).toBe(selfDiagnose.id);
    expect(map.notes.find((n) => n.text === 'Proactive outage SMS')?.stageId).toBe(selfDiagnose.id);
    expectNoOrphans(doc);
  });

  it('moves to the stage it is told to', () => {
    const doc = templateDoc('sample');
    const before = cleanMap(doc);
    const selfDiagnose = stageNamed(before, 'Self-diagnose');
    const followUp = stageNamed(before, 'Follow-up');
    deleteStage(doc, selfDiagnose.id, { touchpoints: 'move', to: followUp.id });
    const map = cleanMap(doc);
    expect(stageOf(map, 'Status page')).toBe(followUp.id);
    expect(stageOf(map, 'Router app restart')).toBe(followUp.id);
    expect(map.notes.find((n) => n.text === 'Status page says all is fine')?.stageId).toBe(followUp.id);
    expectNoOrphans(doc);
  });

  it('refuses a target that is itself, unknown or deleted, and the last stage, writing nothing', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const a = stageNamed(map, 'Self-diagnose').id;
    const b = stageNamed(map, 'Resolution').id;
    expectRefused(doc, () => deleteStage(doc, a, { touchpoints: 'move', to: a }));
    expectRefused(doc, () => deleteStage(doc, a, { touchpoints: 'move', to: 'stage_missing' }));
    deleteStage(doc, b, { touchpoints: 'delete' });
    expectRefused(doc, () => deleteStage(doc, a, { touchpoints: 'move', to: b }));

    const lonely = templateDoc();
    const ids = cleanMap(lonely).stages.map((s) => s.id);
    for (const id of ids.slice(1)) deleteStage(lonely, id, { touchpoints: 'move' });
    expectRefused(lonely, () => deleteStage(lonely, ids[0]!, { touchpoints: 'move' }), /no other stage/);
  });
});

describe("deleteStage in 'delete' mode", () => {
  it('removes its touchpoints with their connections and its notes, in one undoable step', () => {
    const doc = templateDoc('sample');
    const before = cleanMap(doc);
    const contact = stageNamed(before, 'Contact support');
    expectOneUndoableStep(doc, () => deleteStage(doc, contact.id, { touchpoints: 'delete' }));

    const map = cleanMap(doc);
    const titles = map.touchpoints.map((t) => t.title);
    for (const gone of ['IVR menu', 'Agent call', 'Chat with bot']) expect(titles).not.toContain(gone);
    expect(map.touchpoints).toHaveLength(before.touchpoints.length - 3);
    // Every sample edge touches Contact support, so none survives.
    expect(map.connections).toEqual([]);
    expect(map.notes.map((n) => n.text)).not.toContain('IVR has no outage option');
    expect(map.notes).toHaveLength(before.notes.length - 1);
    expectNoOrphans(doc);
  });

  it('removes the records from the doc, not just from the view', () => {
    const doc = templateDoc('sample');
    const contact = stageNamed(cleanMap(doc), 'Contact support');
    deleteStage(doc, contact.id, { touchpoints: 'delete' });
    const json = JSON.stringify(doc.toJSON());
    for (const gone of ['IVR menu', 'Agent call', 'IVR has no outage option'])
      expect(json).not.toContain(gone);
  });

  it('unlinks notes in other stages that were tied to a deleted touchpoint', () => {
    const doc = templateDoc('sample');
    const map0 = cleanMap(doc);
    const agent = touchpointTitled(map0, 'Agent call');
    const followUp = stageNamed(map0, 'Follow-up');
    const noteId = addNote(doc, {
      kind: 'opportunity',
      stageId: followUp.id,
      text: 'Callback',
      touchpointId: agent.id,
    });
    deleteStage(doc, agent.stageId, { touchpoints: 'delete' });
    const note = cleanMap(doc).notes.find((n) => n.id === noteId);
    expect(note).toBeDefined();
    expect(note?.stageId).toBe(followUp.id);
    expect(note?.touchpointId).toBeUndefined();
    expectNoOrphans(doc);
  });

  it('can delete the last stage (there is nothing to move)', () => {
    const doc = templateDoc();
    const ids = cleanMap(doc).stages.map((s) => s.id);
    for (const id of ids.slice(1)) deleteStage(doc, id, { touchpoints: 'move' });
    addTouchpoint(doc, { stageId: ids[0]!, title: 'Only card' });
    deleteStage(doc, ids[0]!, { touchpoints: 'delete' });
    const map = cleanMap(doc);
    expect(map.stages).toEqual([]);
    expect(map.touchpoints).toEqual([]);
  });
});

describe('deleteStage', () => {
  it('refuses an unknown stage and one already deleted, writing nothing', () => {
    const doc = templateDoc('sample');
    const contact = stageNamed(cleanMap(doc), 'Contact support');
    expectRefused(doc, () => deleteStage(doc, 'stage_missing', { touchpoints: 'delete' }), /does not exist/);
    deleteStage(doc, contact.id, { touchpoints: 'move' });
    expectRefused(doc, () => deleteStage(doc, contact.id, { touchpoints: 'delete' }), /does not exist/);
  });

  it("leaves a tombstone so a card added concurrently to it lands in the neighbour ('delete' mode)", () => {
    const doc = templateDoc();
    const map0 = cleanMap(doc);
    const use = stageNamed(map0, 'Use');
    const buy = stageNamed(map0, 'Buy');
    const peer = cloneDoc(doc);
    deleteStage(doc, use.id, { touchpoints: 'delete' });
    const late = addTouchpoint(peer, { stageId: use.id, title: 'Added offline' });
    syncDocs(doc, peer);
    const card = cleanMap(doc).touchpoints.find((t) => t.id === late);
    expect(card?.stageId).toBe(buy.id);
    expectNoOrphans(doc);
  });

  it('keeps edges between surviving touchpoints when it moves cards', () => {
    const doc = templateDoc();
    const map0 = cleanMap(doc);
    const aware = stageNamed(map0, 'Aware').id;
    const consider = stageNamed(map0, 'Consider').id;
    const a = addTouchpoint(doc, { stageId: aware, title: 'Ad' });
    const b = addTouchpoint(doc, { stageId: consider, title: 'Reviews' });
    connect(doc, a, b);
    deleteStage(doc, consider, { touchpoints: 'move' });
    const map = cleanMap(doc);
    expect(map.connections.map((c) => [c.from, c.to])).toEqual([[a, b]]);
    expect(stageOf(map, 'Reviews')).toBe(aware);
    expectNoOrphans(doc);
  });
});
