import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CURRENT_SCHEMA_VERSION, LOCAL_ORIGIN } from '../../../model';
import { templateDoc } from '../../../model/testing/testMaps';
import { metaMap } from '../../../model/docLayout';
import { createEditorStore, selectCanEdit } from '../store/editorStore';
import { createUndoManager } from './watchUndo';
import { watchSchema } from './watchSchema';

/** A peer (or the local copy) hands this tab an update: not a local transaction. */
function receive(doc: Y.Doc, write: (peer: Y.Doc) => void): void {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(doc);
  write(peer);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before), 'remote');
}

describe('watchSchema', () => {
  it('keeps a map of this version (or an older one) editable', () => {
    const doc = templateDoc('blank');
    const store = createEditorStore();
    watchSchema(doc, store, createUndoManager(doc));
    expect(store.getState().newerSchema).toBe(false);
    receive(doc, (peer) => metaMap(peer).set('schemaVersion', CURRENT_SCHEMA_VERSION - 1));
    expect(selectCanEdit(store.getState())).toBe(true);
  });

  it('goes read-only at once when the synced doc is newer, drops undo, and stays so', () => {
    const doc = templateDoc('blank');
    const store = createEditorStore();
    const undoManager = createUndoManager(doc);
    watchSchema(doc, store, undoManager);
    doc.transact(() => metaMap(doc).set('title', 'mine'), LOCAL_ORIGIN);
    expect(undoManager.canUndo()).toBe(true);

    receive(doc, (peer) => metaMap(peer).set('schemaVersion', CURRENT_SCHEMA_VERSION + 1));
    expect(store.getState().newerSchema).toBe(true);
    expect(selectCanEdit(store.getState())).toBe(false);
    expect(undoManager.canUndo()).toBe(false);
    // Nothing was migrated down: the doc keeps the newer version it came with.
    expect(metaMap(doc).get('schemaVersion')).toBe(CURRENT_SCHEMA_VERSION + 1);

    receive(doc, (peer) => metaMap(peer).set('schemaVersion', CURRENT_SCHEMA_VERSION));
    expect(selectCanEdit(store.getState())).toBe(false);
  });

  it('is read-only from the start for a local copy saved by a newer Journey', () => {
    const doc = templateDoc('blank');
    metaMap(doc).set('schemaVersion', CURRENT_SCHEMA_VERSION + 1);
    const store = createEditorStore();
    watchSchema(doc, store, createUndoManager(doc));
    expect(selectCanEdit(store.getState())).toBe(false);
  });
});
