import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addTouchpoint, initMapDoc, readMap, setEmotion } from '../../../model';
import { bindDocToStore } from './bindDocToStore';
import { createEditorStore } from './editorStore';

/** Two docs: `mine` bound to the store, `peer` another person's copy; `sync` brings peer's changes over. */
function twoDocs() {
  const mine = new Y.Doc();
  initMapDoc(mine, 'sample');
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(mine));
  const sync = () => Y.applyUpdate(mine, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(mine)));
  return { mine, peer, sync };
}

describe('bindDocToStore with a defer', () => {
  it("gathers peers' changes into one snapshot applied when the deferred work runs", () => {
    const { mine, peer, sync } = twoDocs();
    const store = createEditorStore();
    const queued: Array<() => void> = [];
    bindDocToStore(mine, store, (work) => queued.push(work));
    const before = store.getState().map!;
    const stageId = before.stages[0]!.id;
    addTouchpoint(peer, { stageId, title: 'From a peer' });
    sync();
    addTouchpoint(peer, { stageId, title: 'And another' });
    sync();
    // Not applied yet, and scheduled once for both.
    expect(store.getState().map).toBe(before);
    expect(queued).toHaveLength(1);
    queued[0]!();
    const titles = store.getState().map!.touchpoints.map((t) => t.title);
    expect(titles).toEqual(expect.arrayContaining(['From a peer', 'And another']));
    expect(store.getState().map).toEqual(readMap(mine).map);
  });

  it("applies this tab's own change at once, with the peers' changes pending before it", () => {
    const { mine, peer, sync } = twoDocs();
    const store = createEditorStore();
    const queued: Array<() => void> = [];
    bindDocToStore(mine, store, (work) => queued.push(work));
    const stageId = store.getState().map!.stages[0]!.id;
    addTouchpoint(peer, { stageId, title: 'From a peer' });
    sync();
    const own = addTouchpoint(mine, { stageId, title: 'Mine' });
    setEmotion(mine, own, 2);
    expect(store.getState().map).toEqual(readMap(mine).map);
    // The deferred run finds nothing left to do.
    const after = store.getState().map;
    queued.forEach((work) => work());
    expect(store.getState().map).toBe(after);
  });
});
