import { describe, expect, it, vi } from 'vitest';
import { linkChildMap } from '../../../model';
import { cleanMap, templateDoc, touchpointTitled } from '../../../model/testing/testMaps';
import { createEmotionKeys } from '../cardKeys';
import { createEditorActions } from '../editorActions';
import type { MapSession } from '../session/createMapSession';
import { createUndoManager, watchUndo } from '../session/watchUndo';
import { bindDocToStore } from '../store/bindDocToStore';
import { createEditorStore } from '../store/editorStore';
import { handleKey } from './registry';
import type { ActionContext, KeyLike } from './types';

const navigate = vi.hoisted(() => vi.fn());
vi.mock('../../app/router', () => ({ navigate, mapPath: (id: string) => `/map/${id}` }));

function editor(role: 'editor' | 'viewer') {
  const doc = templateDoc('sample', 1);
  const store = createEditorStore({ role, mode: 'open', canShare: false });
  bindDocToStore(doc, store);
  const undoManager = createUndoManager(doc);
  watchUndo(undoManager, store);
  const actions = createEditorActions({ doc, store, undoManager } as unknown as MapSession);
  const ctx: ActionContext = {
    store,
    actions,
    screen: { fit: vi.fn(), togglePanel: vi.fn() },
    emotionKeys: createEmotionKeys(),
  };
  return { doc, store, ctx, actions };
}
const shiftEnter: KeyLike = { key: 'Enter', shiftKey: true, ctrlKey: false, metaKey: false, altKey: false };

describe('linked journeys in the editor', () => {
  it('links a card through the gate, and Shift+Enter on it opens the child map', () => {
    navigate.mockClear();
    const { doc, ctx, actions, store } = editor('editor');
    const card = touchpointTitled(cleanMap(doc), 'Status page');
    expect(actions.linkChildMap({ holder: 'touchpoint', id: card.id }, 'child_1')).toBe(true);
    expect(touchpointTitled(cleanMap(doc), 'Status page').childMapId).toBe('child_1');
    actions.select({ kind: 'touchpoint', id: card.id });
    expect(handleKey(shiftEnter, false, ctx, () => true).kind).toBe('ran');
    expect(navigate).toHaveBeenCalledWith('/map/child_1');
    // Without a link, Shift+Enter is not ours: Enter types on the card as before.
    actions.linkChildMap({ holder: 'touchpoint', id: card.id }, null);
    navigate.mockClear();
    const outcome = handleKey(shiftEnter, false, ctx, () => true);
    expect(navigate).not.toHaveBeenCalled();
    expect(outcome.kind === 'ran' && outcome.binding.hint).toBe(
      'Type on the selected card (Enter again keeps it)',
    );
    expect(store.getState().editing).toMatchObject({ kind: 'touchpoint', id: card.id });
  });

  it('a viewer cannot link, but may open a linked journey', () => {
    navigate.mockClear();
    const { doc, ctx, actions } = editor('viewer');
    const stage = cleanMap(doc).stages[0];
    expect(stage).toBeDefined();
    if (!stage) return;
    expect(actions.linkChildMap({ holder: 'stage', id: stage.id }, 'child_2')).toBe(false);
    expect(cleanMap(doc).stages[0]?.childMapId).toBeUndefined();
    // An editor linked it elsewhere (the doc syncs): the viewer's Shift+Enter opens it.
    linkChildMap(doc, { holder: 'stage', id: stage.id }, 'child_2');
    actions.select({ kind: 'stage', id: stage.id });
    expect(handleKey(shiftEnter, false, ctx, () => true).kind).toBe('ran');
    expect(navigate).toHaveBeenCalledWith('/map/child_2');
  });
});
