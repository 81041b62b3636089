import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addTouchpoint,
  initMapDoc,
  readMap,
  removeInFuture,
  startFutureState,
  type JourneyMap,
} from '../../../model';
import { createEditorStore, setSnapshot } from '../store/editorStore';
import { followSettled, insightMapOf } from './useSettledMap';

describe('followSettled', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('follows 20 edits a second at most 4 times a second and always ends on the newest map', () => {
    const doc = new Y.Doc();
    initMapDoc(doc, 'sample');
    const store = createEditorStore();
    let map = readMap(doc).map;
    setSnapshot(store, map, []);
    const seen: Array<JourneyMap | null> = [];
    const stop = followSettled(store, (m) => seen.push(m), 250);
    expect(seen).toEqual([map]);

    const stageId = map.stages[0]!.id;
    for (let i = 0; i < 20; i++) {
      addTouchpoint(doc, { stageId, title: `Edit ${i}` });
      map = readMap(doc, map).map;
      setSnapshot(store, map, []);
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(250);
    // 1 s of edits: the first at once, then one per 250 ms.
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.length).toBeLessThanOrEqual(6);
    expect(seen.at(-1)).toBe(map);
    expect(seen.at(-1)!.touchpoints.some((t) => t.title === 'Edit 19')).toBe(true);

    stop();
    addTouchpoint(doc, { stageId, title: 'After' });
    setSnapshot(store, readMap(doc, map).map, []);
    vi.advanceTimersByTime(1000);
    expect(seen.at(-1)).toBe(map);
  });
});

describe('insightMapOf with followSettled', () => {
  it('reads the future state in the Future view and the map as is otherwise, following the toggle', () => {
    vi.useFakeTimers();
    const doc = new Y.Doc();
    initMapDoc(doc, 'sample');
    let map = readMap(doc).map;
    const gone = map.touchpoints[0]!;
    startFutureState(doc);
    removeInFuture(doc, [gone.id]);
    map = readMap(doc, map).map;
    const store = createEditorStore();
    setSnapshot(store, map, []);
    const seen: Array<JourneyMap | null> = [];
    const stop = followSettled(store, (m) => seen.push(m), 250, insightMapOf);
    const has = (m: JourneyMap | null | undefined) => !!m?.touchpoints.some((t) => t.id === gone.id);
    expect(has(seen.at(-1))).toBe(true);

    store.setState({ variantView: 'future' });
    vi.advanceTimersByTime(300);
    expect(has(seen.at(-1))).toBe(false);
    // "Both" compares: its insights are today's, the removed card included.
    store.setState({ variantView: 'both' });
    vi.advanceTimersByTime(300);
    expect(has(seen.at(-1))).toBe(true);
    stop();
    vi.useRealTimers();
  });
});
