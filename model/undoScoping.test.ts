import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { renameStage } from './commands/stages';
import { addTouchpoint, moveTouchpoint, setEmotion, updateTouchpoint } from './commands/touchpoints';
import { metaMap, undoScope } from './docLayout';
import { migrateDoc } from './migrations';
import { LOCAL_ORIGIN } from './origins';
import { initMapDoc } from './templates/initMapDoc';
import { cloneDoc, syncDocs } from './testing/syncDocs';
import { cleanMap, stageNamed, templateDoc, touchpointTitled } from './testing/testMaps';

/**
 * Undo is per person (STYLE.md rule 8): each client has its own UndoManager tracking LOCAL_ORIGIN,
 * like the editor's, so undo reverts what this person did and nothing that arrived from others,
 * from a migration or from a template.
 */
function undoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager(undoScope(doc), { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
}

function twoPeople() {
  const alice = templateDoc('sample', 1);
  const bob = cloneDoc(alice, 2);
  return { alice, bob, aliceUndo: undoManager(alice), bobUndo: undoManager(bob) };
}

const card = (doc: Y.Doc, title: string) => touchpointTitled(cleanMap(doc), title);

describe('per-user undo', () => {
  it('reverts only my change when someone else edited in between', () => {
    const { alice, bob, aliceUndo, bobUndo } = twoPeople();
    const agent = card(alice, 'Agent call');
    setEmotion(alice, agent.id, agent.emotion === 2 ? 1 : 2);
    syncDocs(alice, bob);
    updateTouchpoint(bob, card(bob, 'Status page').id, { title: 'Status page v2' });
    syncDocs(alice, bob);
    aliceUndo.undo();
    syncDocs(alice, bob);
    for (const doc of [alice, bob]) {
      expect(card(doc, 'Agent call').emotion).toBe(agent.emotion);
      expect(card(doc, 'Status page v2')).toBeDefined();
    }
    expect(aliceUndo.undoStack).toHaveLength(0);
    expect(bobUndo.undoStack).toHaveLength(1);
  });

  it('never overwrites a colleague’s newer value of the same field', () => {
    const { alice, bob, aliceUndo } = twoPeople();
    const agent = card(alice, 'Agent call').id;
    setEmotion(alice, agent, 2);
    syncDocs(alice, bob);
    setEmotion(bob, agent, -2);
    syncDocs(alice, bob);
    aliceUndo.undo();
    syncDocs(alice, bob);
    for (const doc of [alice, bob]) expect(card(doc, 'Agent call').emotion).toBe(-2);
  });

  it('reverts my field and keeps a colleague’s edit of another field of the same card', () => {
    const { alice, bob, aliceUndo } = twoPeople();
    const agent = card(alice, 'Agent call');
    setEmotion(alice, agent.id, 2);
    syncDocs(alice, bob);
    updateTouchpoint(bob, agent.id, { title: 'Agent call (renamed)' });
    syncDocs(alice, bob);
    aliceUndo.undo();
    syncDocs(alice, bob);
    for (const doc of [alice, bob]) {
      expect(card(doc, 'Agent call (renamed)')).toMatchObject({ id: agent.id, emotion: agent.emotion });
    }
  });

  it('undoes a move in one step, wherever others moved other cards meanwhile', () => {
    const { alice, bob, aliceUndo } = twoPeople();
    const map = cleanMap(alice);
    const streaming = card(alice, 'Streaming stops');
    const resolution = stageNamed(map, 'Resolution').id;
    moveTouchpoint(alice, streaming.id, { stageId: resolution, index: 0 });
    syncDocs(alice, bob);
    moveTouchpoint(bob, card(bob, 'Agent call').id, { stageId: resolution });
    syncDocs(alice, bob);
    expect(aliceUndo.undoStack).toHaveLength(1);
    aliceUndo.undo();
    syncDocs(alice, bob);
    for (const doc of [alice, bob]) {
      expect(card(doc, 'Streaming stops')).toMatchObject({
        stageId: streaming.stageId,
        order: streaming.order,
      });
      expect(card(doc, 'Agent call').stageId).toBe(resolution);
    }
  });

  it('redo reapplies my change after a colleague’s edit', () => {
    const { alice, bob, aliceUndo } = twoPeople();
    const notice = stageNamed(cleanMap(alice), 'Notice problem').id;
    renameStage(alice, notice, 'Spot the outage');
    syncDocs(alice, bob);
    addTouchpoint(bob, { stageId: notice, title: 'From Bob' });
    syncDocs(alice, bob);
    aliceUndo.undo();
    aliceUndo.redo();
    syncDocs(alice, bob);
    for (const doc of [alice, bob]) {
      expect(stageNamed(cleanMap(doc), 'Spot the outage').id).toBe(notice);
      expect(card(doc, 'From Bob').stageId).toBe(notice);
    }
  });

  it('never tracks remote updates, template seeding or migrations', () => {
    const { alice, bob, aliceUndo } = twoPeople();
    addTouchpoint(bob, { stageId: cleanMap(bob).stages[0]!.id, title: 'Remote' });
    syncDocs(alice, bob);
    expect(aliceUndo.undoStack).toHaveLength(0);

    const fresh = new Y.Doc();
    const freshUndo = undoManager(fresh);
    initMapDoc(fresh, 'blank');
    expect(freshUndo.undoStack).toHaveLength(0);

    // A v0 doc (no schema version, no lanes) upgraded on load.
    const old = new Y.Doc();
    const oldUndo = undoManager(old);
    metaMap(old).set('title', 'Old map');
    migrateDoc(old);
    expect(cleanMap(old).lanes.length).toBeGreaterThan(0);
    expect(oldUndo.undoStack).toHaveLength(0);
    oldUndo.undo();
    expect(cleanMap(old).lanes.length).toBeGreaterThan(0);
  });
});
