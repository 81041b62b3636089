import { describe, expect, it } from 'vitest';
import { templateDoc } from '../../../model/testing/testMaps';
import { readMap } from '../../../model';
import { createEditorActions } from '../editorActions';
import type { MapSession } from '../session/createMapSession';
import { createUndoManager, watchUndo } from '../session/watchUndo';
import { bindDocToStore } from '../store/bindDocToStore';
import { createEditorStore } from '../store/editorStore';

/** The editor's actions API over a sample map, as `role`. */
function editor(role: 'editor' | 'viewer') {
  const doc = templateDoc('sample', 1);
  const store = createEditorStore({ role, mode: 'open', canShare: false });
  bindDocToStore(doc, store);
  const undoManager = createUndoManager(doc);
  watchUndo(undoManager, store);
  const actions = createEditorActions({ doc, store, undoManager } as unknown as MapSession);
  const pain = readMap(doc).map.notes.find((n) => n.kind === 'painPoint')!;
  return { doc, store, actions, undoManager, pain };
}

describe('actions through the editor', () => {
  it('each write is one undo step: undo takes back the last score, not the action', () => {
    const { doc, actions, undoManager, pain } = editor('editor');
    const id = actions.addAction(pain.id)!;
    undoManager.stopCapturing();
    actions.updateAction(id, { owner: 'Web team', due: '2020-01-01' });
    undoManager.stopCapturing();
    actions.updateAction(id, { value: 4, effort: 2 });
    undoManager.undo();
    const action = readMap(doc).map.actions.find((a) => a.id === id);
    expect(action).toMatchObject({ owner: 'Web team', due: '2020-01-01' });
    expect(action?.value).toBeUndefined();
  });

  it('a viewer writes nothing and is told why', () => {
    const { doc, store, actions, pain } = editor('viewer');
    expect(actions.addAction(pain.id)).toBeUndefined();
    expect(readMap(doc).map.actions).toHaveLength(0);
    expect(store.getState().error).toMatch(/view/i);
  });

  it('a bad link or score is refused with a message and changes nothing', () => {
    const { doc, store, actions, pain } = editor('editor');
    const id = actions.addAction(pain.id, { title: 'Fix' })!;
    actions.updateAction(id, { link: 'javascript:alert(1)' });
    expect(store.getState().error).not.toBeNull();
    expect(readMap(doc).map.actions.find((a) => a.id === id)?.link).toBeUndefined();
  });
});
