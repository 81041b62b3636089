import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTouchpoint } from '../../model';
import { cloneDoc, pushUpdates } from '../../model/testing/syncDocs';
import { cleanMap, templateDoc, touchpointTitled } from '../../model/testing/testMaps';
import { createEditorActions } from './editorActions';
import type { MapSession } from './session/createMapSession';
import { createUndoManager, watchUndo } from './session/watchUndo';
import { bindDocToStore } from './store/bindDocToStore';
import { createEditorStore } from './store/editorStore';

/** The editor's actions over a sample map, with the session's real UndoManager (no network). */
function editor() {
  const doc = templateDoc('sample', 1);
  const store = createEditorStore();
  bindDocToStore(doc, store);
  const undoManager = createUndoManager(doc);
  watchUndo(undoManager, store);
  const actions = createEditorActions({ doc, store, undoManager } as unknown as MapSession);
  return { doc, store, undoManager, actions };
}
const tp = (doc: Y.Doc, id: string) => cleanMap(doc).touchpoints.find((t) => t.id === id);

describe('undo steps', () => {
  it('creating a card and typing its title are two steps; the burst of typing is one', () => {
    const { doc, store, undoManager, actions } = editor();
    const id = actions.addTouchpoint()!;
    for (const title of ['C', 'Ca', 'Call', 'Call support']) actions.updateTouchpoint(id, { title });
    expect(undoManager.undoStack).toHaveLength(2);
    actions.undo();
    expect(tp(doc, id)?.title).toBe('New touchpoint');
    expect(store.getState().selection).toEqual({ kind: 'touchpoint', id });
    actions.undo();
    expect(tp(doc, id)).toBeUndefined();
    expect(store.getState().selection).toBeNull();
  });

  it('every discrete command is its own step, however quickly they follow each other', () => {
    const { doc, undoManager, actions } = editor();
    const original = touchpointTitled(cleanMap(doc), 'Agent call');
    const id = original.id;
    actions.updateTouchpoint(id, { title: 'Agent' });
    actions.setEmotion(id, 2);
    actions.setHubOverride(id, 'notHub');
    actions.updateTouchpoint(id, { channel: 'chat' });
    actions.select({ kind: 'touchpoint', id });
    actions.nudgeSelection('right');
    actions.nudgeSelection('right');
    actions.updateTouchpoint(id, { title: 'Agent call 2' });
    expect(undoManager.undoStack).toHaveLength(7);
    for (let i = 0; i < 7; i++) actions.undo();
    expect(tp(doc, id)).toEqual(original);
  });

  it('a command from another component between two commits ends the burst', () => {
    const { doc, store, undoManager, actions } = editor();
    // Each component holds its own actions object (useEditorActions), over the same session.
    const keyboard = createEditorActions({ doc, store, undoManager } as unknown as MapSession);
    const id = touchpointTitled(cleanMap(doc), 'IVR menu').id;
    actions.updateTouchpoint(id, { title: 'IVR' });
    keyboard.select({ kind: 'touchpoint', id });
    keyboard.nudgeSelection('right');
    actions.updateTouchpoint(id, { title: 'IVR menu 2' });
    expect(undoManager.undoStack).toHaveLength(3);
    actions.undo();
    expect(tp(doc, id)?.title).toBe('IVR');
    keyboard.undo();
    expect(cleanMap(doc).touchpoints.filter((t) => t.stageId === tp(doc, id)?.stageId)[0]?.id).toBe(id);
  });

  it('typing into another field starts a new step', () => {
    const { doc, undoManager, actions } = editor();
    const id = touchpointTitled(cleanMap(doc), 'Agent call').id;
    actions.updateTouchpoint(id, { title: 'Agent' });
    actions.updateTouchpoint(id, { owner: 'CC' });
    actions.updateTouchpoint(id, { owner: 'CC team' });
    actions.setVoc(id, { nps: 10 });
    actions.setVoc(id, { nps: 12 });
    expect(undoManager.undoStack).toHaveLength(3);
    actions.undo();
    expect(tp(doc, id)).toMatchObject({ title: 'Agent', owner: 'CC team', voc: { csat: 4.2 } });
  });

  it('mirrors canUndo/canRedo into the store and re-selects a card whose delete was undone', () => {
    const { doc, store, actions } = editor();
    expect(store.getState()).toMatchObject({ canUndo: false, canRedo: false });
    const id = touchpointTitled(cleanMap(doc), 'IVR menu').id;
    actions.select({ kind: 'touchpoint', id });
    actions.deleteSelection();
    expect(store.getState()).toMatchObject({ canUndo: true, canRedo: false, selection: null });
    actions.undo();
    expect(store.getState()).toMatchObject({
      canUndo: false,
      canRedo: true,
      selection: { kind: 'touchpoint', id },
    });
    actions.redo();
    expect(store.getState()).toMatchObject({ canUndo: true, canRedo: false, selection: null });
  });

  it('never offers a colleague’s edit for undo', () => {
    const { doc, store, actions } = editor();
    const other = cloneDoc(doc, 2);
    addTouchpoint(other, { stageId: cleanMap(other).stages[0]!.id, title: 'Remote card' });
    pushUpdates(other, doc);
    expect(store.getState().canUndo).toBe(false);
    actions.undo();
    expect(touchpointTitled(cleanMap(doc), 'Remote card')).toBeDefined();
  });

  it('a duplicate is one step and selects the copy', () => {
    const { doc, store, undoManager, actions } = editor();
    const id = touchpointTitled(cleanMap(doc), 'Agent call').id;
    actions.select({ kind: 'touchpoint', id });
    actions.duplicateSelection();
    const copy = store.getState().selection;
    expect(copy).toMatchObject({ kind: 'touchpoint' });
    expect(copy).not.toEqual({ kind: 'touchpoint', id });
    expect(cleanMap(doc).touchpoints.filter((t) => t.title === 'Agent call')).toHaveLength(2);
    expect(undoManager.undoStack).toHaveLength(1);
    actions.undo();
    expect(cleanMap(doc).touchpoints.filter((t) => t.title === 'Agent call')).toHaveLength(1);
    expect(store.getState().selection).toEqual({ kind: 'touchpoint', id });
  });
});
