import { describe, expect, it } from 'vitest';
import { readMap } from '../../../model';
import { versionSummary } from '../../../model/testing/versionSummary';
import { templateDoc } from '../../../model/testing/testMaps';
import { bindDocToStore } from './bindDocToStore';
import { createEditorStore, selectCanEdit } from './editorStore';
import { leavePreview, setCompare, setSessionChanges, showHistory, startPreview } from './historyView';

const VERSION = versionSummary();

function editor() {
  const doc = templateDoc('sample', 1);
  const store = createEditorStore();
  bindDocToStore(doc, store);
  return { doc, store, version: readMap(doc).map };
}

describe('the History view state', () => {
  it('takes the side panel’s place: opening it closes comments and hubs, and they close it', () => {
    const { store } = editor();
    store.setState({ commentsTab: 'open' });
    showHistory(store, true);
    expect(store.getState()).toMatchObject({ historyOpen: true, commentsTab: null, hubsOpen: false });
    store.setState({ hubsOpen: true });
    expect(store.getState().historyOpen).toBe(false);
  });

  it('a preview is read-only and leaves the live map untouched; closing the panel leaves it', () => {
    const { store, version } = editor();
    const live = store.getState().map;
    showHistory(store, true);
    startPreview(store, VERSION, version);
    expect(selectCanEdit(store.getState())).toBe(false);
    expect(store.getState().map).toBe(live);
    showHistory(store, false);
    expect(store.getState().preview).toBeNull();
    expect(selectCanEdit(store.getState())).toBe(true);
  });

  it('compare needs a preview and ends with it; the session overlay outlives both', () => {
    const { store, version } = editor();
    setCompare(store, true);
    expect(store.getState().highlight).toBeNull();
    startPreview(store, VERSION, version);
    setCompare(store, true);
    expect(store.getState().highlight).toEqual({ kind: 'compare', base: version });
    leavePreview(store);
    expect(store.getState().highlight).toBeNull();
    setSessionChanges(store, version);
    startPreview(store, VERSION, version);
    leavePreview(store);
    expect(store.getState().highlight).toEqual({ kind: 'session', base: version });
  });
});
