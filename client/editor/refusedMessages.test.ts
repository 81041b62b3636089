import { describe, expect, it } from 'vitest';
import * as model from '../../model';
import { cleanMap, templateDoc, touchpointTitled } from '../../model/testing/testMaps';
import { createEditorActions } from './editorActions';
import type { MapSession } from './session/createMapSession';
import { createUndoManager, watchUndo } from './session/watchUndo';
import { bindDocToStore } from './store/bindDocToStore';
import { createEditorStore } from './store/editorStore';

/** A sample map whose facilitator locked the structure and one untitled card; a participant edits. */
function lockedMap() {
  const doc = templateDoc('sample', 1);
  const store = createEditorStore();
  bindDocToStore(doc, store);
  const undoManager = createUndoManager(doc);
  watchUndo(undoManager, store);
  const actions = createEditorActions({ doc, store, undoManager } as unknown as MapSession);
  const facilitator = { userId: 'u_fiona', name: 'Fiona' };
  model.claimFacilitatorSeat(doc, facilitator);
  model.setStructureLocked(doc, facilitator, true);
  const card = touchpointTitled(cleanMap(doc), 'Status page').id;
  model.updateTouchpoint(doc, card, { title: '' });
  model.setCardLocked(doc, facilitator, card, true);
  return { store, actions, card };
}

describe('a refused command tells the person why, as a sentence', () => {
  it('the structure lock starts with a capital', () => {
    const { store, actions } = lockedMap();
    actions.addStage();
    expect(store.getState().error).toBe('The stages and lanes are locked by the facilitator');
  });

  it('the card lock starts with a capital', () => {
    const { store, actions, card } = lockedMap();
    actions.select({ kind: 'touchpoint', id: card });
    actions.deleteSelection();
    expect(store.getState().error).toBe('This card is locked by the facilitator');
  });
});
