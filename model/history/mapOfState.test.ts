import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addTouchpoint } from '../commands/touchpoints';
import { metaMap } from '../docLayout';
import { migrateDoc, UnsupportedSchemaError } from '../migrations';
import { readMap } from '../readMap';
import { templateDoc } from '../testing/testMaps';
import { v1Doc } from '../testing/v1Map';
import { docOfState, mapOfState, readState } from './mapOfState';

describe('mapOfState', () => {
  it('reads a current state exactly as the live map reads', () => {
    const doc = templateDoc('sample', 1);
    const map = readMap(doc).map;
    addTouchpoint(doc, { stageId: map.stages[0]!.id, laneId: map.touchpoints[0]!.laneId, title: 'Later' });
    expect(mapOfState(Y.encodeStateAsUpdate(doc))).toEqual(readMap(doc).map);
  });

  it('migrates an old-schema state first, so an old version reads like the room that loaded it', () => {
    const old = v1Doc();
    const state = Y.encodeStateAsUpdate(old);
    migrateDoc(old);
    const read = mapOfState(state);
    expect(read).toEqual(readMap(old).map);
    expect(read.touchpoints.map((t) => t.title)).toEqual(['Status page', 'Agent call']);
    expect(readState(state, (doc) => metaMap(doc).get('schemaVersion'))).toBe(
      metaMap(old).get('schemaVersion'),
    );
  });

  it('throws on bytes that are no Yjs update, and on a state from a newer Journey', () => {
    expect(() => mapOfState(new Uint8Array([1, 2, 3, 250, 7]))).toThrow();
    const newer = new Y.Doc();
    metaMap(newer).set('schemaVersion', 999);
    expect(() => docOfState(Y.encodeStateAsUpdate(newer))).toThrow(UnsupportedSchemaError);
  });
});
