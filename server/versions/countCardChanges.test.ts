import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTouchpoint, deleteNote, initMapDoc, readMap, renameStage, updateTouchpoint } from '../../model';
import { collection, metaMap } from '../../model/docLayout';
import { migrateDoc } from '../../model/migrations';
import { v1Doc } from '../../model/testing/v1Map';
import { countCardChanges } from './countCardChanges';

describe('countCardChanges (interim, until the model diff is wired)', () => {
  it('counts touchpoints and notes added, removed and changed by id; other records do not count', () => {
    const doc = new Y.Doc();
    initMapDoc(doc, 'sample');
    const before = Y.encodeStateAsUpdate(doc);
    const { stages, touchpoints, notes } = readMap(doc).map;
    addTouchpoint(doc, { stageId: stages[0]!.id, title: 'New card' });
    deleteNote(doc, notes[0]!.id);
    updateTouchpoint(doc, touchpoints[0]!.id, { title: 'Renamed card' });
    renameStage(doc, stages[0]!.id, 'Renamed stage');
    expect(countCardChanges(before, Y.encodeStateAsUpdate(doc))).toEqual({
      added: 1,
      removed: 1,
      changed: 1,
    });
  });

  it('counts every card as added when there is no version before', () => {
    const doc = new Y.Doc();
    initMapDoc(doc, 'sample');
    const { touchpoints, notes } = readMap(doc).map;
    expect(countCardChanges(null, Y.encodeStateAsUpdate(doc))).toEqual({
      added: touchpoints.length + notes.length,
      removed: 0,
      changed: 0,
    });
  });

  it('reads an old-schema version migrated: the same cards after the migration are no change', () => {
    // Schema v0: cards had no lane and no hub setting (migration 1 adds both).
    const doc = v1Doc();
    doc.transact(() => {
      metaMap(doc).set('schemaVersion', 0);
      collection(doc, 'touchpoints').forEach((card) => {
        card.delete('laneId');
        card.delete('hub');
      });
    });
    const before = Y.encodeStateAsUpdate(doc);
    migrateDoc(doc);
    expect(countCardChanges(before, Y.encodeStateAsUpdate(doc))).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
    });
  });
});
