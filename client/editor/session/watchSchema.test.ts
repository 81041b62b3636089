import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CURRENT_SCHEMA_VERSION } from '../../../model';
import { metaMap } from '../../../model/docLayout';
import { templateDoc } from '../../../model/testing/testMaps';
import { createEditorStore, selectCanEdit } from '../store/editorStore';
import { watchSchema } from './watchSchema';

/** A peer (or the local copy) hands this tab an update: not a local transaction. */
function receive(doc: Y.Doc, write: (peer: Y.Doc) => void): void {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(doc);
  write(peer);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before), 'remote');
}

const setVersion = (version: number) => (peer: Y.Doc) => metaMap(peer).set('schemaVersion', version);

describe('watchSchema', () => {
  it('keeps a map of this version (or an older one) editable', () => {
    const doc = templateDoc('blank');
    const store = createEditorStore();
    watchSchema(doc, store);
    expect(store.getState().newerSchema).toBeNull();
    receive(doc, setVersion(CURRENT_SCHEMA_VERSION - 1));
    expect(selectCanEdit(store.getState())).toBe(true);
  });

  it('goes read-only at once when the synced doc is newer, and migrates nothing down', () => {
    const doc = templateDoc('blank');
    const store = createEditorStore();
    watchSchema(doc, store);
    receive(doc, setVersion(CURRENT_SCHEMA_VERSION + 1));
    expect(store.getState().newerSchema).toBe('doc');
    expect(selectCanEdit(store.getState())).toBe(false);
    expect(metaMap(doc).get('schemaVersion')).toBe(CURRENT_SCHEMA_VERSION + 1);
  });

  it('follows the doc back when the server puts back a version a client raised', () => {
    const doc = templateDoc('blank');
    const store = createEditorStore();
    watchSchema(doc, store);
    receive(doc, setVersion(99));
    expect(selectCanEdit(store.getState())).toBe(false);
    receive(doc, setVersion(CURRENT_SCHEMA_VERSION));
    expect(store.getState().newerSchema).toBeNull();
    expect(selectCanEdit(store.getState())).toBe(true);
  });

  it("keeps the server's word (a write dropped for the format) until a reload", () => {
    const doc = templateDoc('blank');
    const store = createEditorStore();
    watchSchema(doc, store);
    store.setState({ newerSchema: 'server' });
    receive(doc, setVersion(CURRENT_SCHEMA_VERSION));
    expect(store.getState().newerSchema).toBe('server');
    expect(selectCanEdit(store.getState())).toBe(false);
  });

  it('is read-only from the start for a local copy saved by a newer Journey', () => {
    const doc = templateDoc('blank');
    metaMap(doc).set('schemaVersion', CURRENT_SCHEMA_VERSION + 1);
    const store = createEditorStore();
    watchSchema(doc, store);
    expect(selectCanEdit(store.getState())).toBe(false);
  });
});
