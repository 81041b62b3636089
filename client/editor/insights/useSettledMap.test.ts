import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addTouchpoint, initMapDoc, readMap, type JourneyMap } from '../../../model';
import { createEditorStore, setSnapshot } from '../store/editorStore';
import { followSettled } from './useSettledMap';

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
