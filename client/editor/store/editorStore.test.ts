import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addTouchpoint, initMapDoc, readMap } from '../../../model';
import { bindDocToStore } from './bindDocToStore';
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

describe('setSnapshot while this tab drags', () => {
  it('holds the columns during the drag and fits the grid to the map once it ends', () => {
    const doc = new Y.Doc();
    initMapDoc(doc, 'sample');
    const store = createEditorStore();
    setSnapshot(store, readMap(doc).map, []);
    const before = store.getState().layout!;
    const first = readMap(doc).map;
    const aware = first.stages[0]!.id;
    store.setState({ drag: { positions: new Map([['x', { x: 0, y: 0 }]]) } });
    // A peer adds three cards to the first stage: its column would widen by three slots.
    for (let i = 0; i < 3; i++) addTouchpoint(doc, { stageId: aware, title: `Peer ${i}` });
    setSnapshot(store, readMap(doc, first).map, []);
    const during = store.getState().layout!;
    expect(during.held).toBe(true);
    expect(during.columns).toEqual(before.columns);

    store.setState({ drag: null });
    const after = store.getState().layout!;
    expect(after.held).toBeUndefined();
    expect(after.width).toBeGreaterThan(before.width);
    expect(after.columns[0]!.slots).toBeGreaterThan(before.columns[0]!.slots);
  });
});

describe('peerEdit', () => {
  it("marks a snapshot from an applied update as a peer's and one from this tab's command as its own", () => {
    const doc = new Y.Doc();
    initMapDoc(doc, 'sample');
    const store = createEditorStore();
    const unbind = bindDocToStore(doc, store);
    expect(store.getState().peerEdit).toBe(false);
    const stageId = store.getState().map!.stages[0]!.id;

    // A peer's card, arriving as an update from the server.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    addTouchpoint(peer, { stageId, title: 'From a peer' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'provider');
    expect(store.getState().map!.touchpoints.some((t) => t.title === 'From a peer')).toBe(true);
    expect(store.getState().peerEdit).toBe(true);

    // This tab's own command: shown at once.
    addTouchpoint(doc, { stageId, title: 'Mine' });
    expect(store.getState().peerEdit).toBe(false);
    unbind();
  });
});
