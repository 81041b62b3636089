import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addTouchpoint, initMapDoc, moveTouchpoint, readMap, updateTouchpoint } from '.';
import type { ChangedTypes } from './readMap';

/** Runs `edit`, then reads the map as the editor does: only what the transaction changed. */
function readAfter(doc: Y.Doc, prev: ReturnType<typeof readMap>['map'], edit: () => void) {
  let changed: ChangedTypes | undefined;
  const onTr = (tr: Y.Transaction) => {
    changed = { has: (t) => tr.changed.has(t as never) || tr.changedParentTypes.has(t as never) };
  };
  doc.on('afterTransaction', onTr);
  edit();
  doc.off('afterTransaction', onTr);
  return readMap(doc, prev, changed);
}

describe('readMap with the changed types of a transaction', () => {
  const setup = () => {
    const doc = new Y.Doc();
    initMapDoc(doc, 'sample');
    return { doc, map: readMap(doc).map };
  };

  it('gives the same snapshot as a full read, keeping every untouched record identical', () => {
    const { doc, map } = setup();
    const [first, second] = map.touchpoints;
    const next = readAfter(doc, map, () => updateTouchpoint(doc, first!.id, { title: 'Renamed' })).map;
    expect(next).toEqual(readMap(doc).map);
    expect(next.touchpoints.find((t) => t.id === first!.id)?.title).toBe('Renamed');
    expect(next.touchpoints.find((t) => t.id === second!.id)).toBe(second);
    expect(next.stages).toBe(map.stages);
  });

  it('follows moves and new records', () => {
    const { doc, map } = setup();
    const tp = map.touchpoints[0]!;
    const target = map.stages.at(-1)!;
    const moved = readAfter(doc, map, () =>
      moveTouchpoint(doc, tp.id, { stageId: target.id, laneId: tp.laneId, index: 0 }),
    ).map;
    expect(moved.touchpoints.find((t) => t.id === tp.id)?.stageId).toBe(target.id);
    const added = readAfter(doc, moved, () =>
      addTouchpoint(doc, { stageId: target.id, laneId: tp.laneId, title: 'New one', channel: 'chat' }),
    ).map;
    expect(added).toEqual(readMap(doc).map);
    expect(added.touchpoints.some((t) => t.title === 'New one')).toBe(true);
  });

  it('re-reads a record when something nested inside it changed (a hostile Y type in a field)', () => {
    const { doc, map } = setup();
    const tp = map.touchpoints[0]!;
    const record = doc.getMap('touchpoints').get(tp.id) as Y.Map<unknown>;
    const nested = new Y.Map<unknown>();
    const withNested = readAfter(doc, map, () => record.set('title', nested)).map;
    expect(withNested.touchpoints.some((t) => t.id === tp.id)).toBe(false);
    const again = readAfter(doc, withNested, () => nested.set('x', 1));
    expect(again.map).toEqual(readMap(doc).map);
    expect(again.problems.some((p) => p.id === tp.id)).toBe(true);
  });
});
