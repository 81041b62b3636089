import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addTouchpoint, readMap } from '../../../model';
import { templateDoc } from '../../../model/testing/testMaps';
import { readVersionState } from './readVersionState';

describe('readVersionState', () => {
  it('reads a version as the live map reads: same records, same order', () => {
    const doc = templateDoc('sample', 1);
    const map = readMap(doc).map;
    addTouchpoint(doc, { stageId: map.stages[0]!.id, laneId: map.touchpoints[0]!.laneId, title: 'Later' });
    const version = readVersionState(Y.encodeStateAsUpdate(doc));
    expect(version).toEqual(readMap(doc).map);
    expect(version?.touchpoints.some((t) => t.title === 'Later')).toBe(true);
  });

  it('gives null for bytes that are no Yjs update', () => {
    expect(readVersionState(new Uint8Array([1, 2, 3, 250, 7]))).toBeNull();
  });
});
