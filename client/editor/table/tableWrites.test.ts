import { describe, expect, it } from 'vitest';
import { cleanMap, stageNamed, templateDoc } from '../../../model/testing/testMaps';
import { createCommandKit } from '../actions/commandKit';
import { createUndoManager, watchUndo } from '../session/watchUndo';
import { bindDocToStore } from '../store/bindDocToStore';
import { createEditorStore } from '../store/editorStore';
import { tableWrites } from './useTableWrites';

/** The table's bulk writes over the sample map, with the session's real UndoManager. */
function table(role: 'editor' | 'viewer' = 'editor') {
  const doc = templateDoc('sample', 1);
  const store = createEditorStore({ role, mode: 'open', canShare: false });
  bindDocToStore(doc, store);
  const undoManager = createUndoManager(doc);
  watchUndo(undoManager, store);
  const writes = tableWrites(createCommandKit({ doc, store, undoManager }));
  const ids = cleanMap(doc)
    .touchpoints.slice(0, 3)
    .map((t) => t.id);
  return { doc, undoManager, writes, ids };
}
const cards = (doc: ReturnType<typeof templateDoc>, ids: readonly string[]) =>
  cleanMap(doc).touchpoints.filter((t) => ids.includes(t.id));

describe('table bulk edits', () => {
  it('sets the owner of three cards as one undo step, and undo puts every owner back', () => {
    const { doc, undoManager, writes, ids } = table();
    const before = cards(doc, ids).map((t) => t.owner);
    writes.setFields(ids, { owner: 'Care team' });
    expect(cards(doc, ids).map((t) => t.owner)).toEqual(['Care team', 'Care team', 'Care team']);
    expect(undoManager.undoStack).toHaveLength(1);
    undoManager.undo();
    expect(cards(doc, ids).map((t) => t.owner)).toEqual(before);
  });

  it('moves the checked cards to one stage, each keeping its lane, as one undo step', () => {
    const { doc, undoManager, writes, ids } = table();
    const lanes = cards(doc, ids).map((t) => [t.id, t.laneId]);
    const target = stageNamed(cleanMap(doc), cleanMap(doc).stages.at(-1)!.name).id;
    writes.setStage(ids, target);
    const moved = cards(doc, ids);
    expect(moved.every((t) => t.stageId === target)).toBe(true);
    expect(moved.map((t) => [t.id, t.laneId])).toEqual(expect.arrayContaining(lanes));
    expect(undoManager.undoStack).toHaveLength(1);
  });

  it('writes nothing for a viewer (the one permission gate)', () => {
    const { doc, undoManager, writes, ids } = table('viewer');
    const before = cards(doc, ids).map((t) => t.channel);
    writes.setFields(ids, { channel: 'phone' });
    expect(cards(doc, ids).map((t) => t.channel)).toEqual(before);
    expect(undoManager.undoStack).toHaveLength(0);
  });
});
