import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { initMapDoc, readMap } from '../../../model';
import { createEditorStore, setSnapshot } from './editorStore';

describe('setSnapshot and read problems', () => {
  const doc = new Y.Doc();
  initMapDoc(doc, 'sample');
  const { map } = readMap(doc);
  const a = { collection: 'touchpoints', id: 'tp_a', message: 'channel: invalid' };
  const b = { collection: 'notes', id: 'note_b', message: 'not a record but a string' };

  it('replaces the list when one problem replaces another (same count, same map)', () => {
    const store = createEditorStore();
    setSnapshot(store, map, [a]);
    setSnapshot(store, map, [b]);
    expect(store.getState().problems).toEqual([b]);
    setSnapshot(store, map, []);
    expect(store.getState().problems).toEqual([]);
  });

  it('keeps the list identical when the same problems are read again', () => {
    const store = createEditorStore();
    setSnapshot(store, map, [a, b]);
    const first = store.getState().problems;
    setSnapshot(store, readMap(doc, map).map, [{ ...a }, { ...b }]);
    expect(store.getState().problems).toBe(first);
  });
});
