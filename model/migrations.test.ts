import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setEmotion } from './commands/touchpoints';
import { metaMap, readSchemaVersion } from './docLayout';
import {
  CURRENT_SCHEMA_VERSION,
  isNewerSchema,
  migrateDoc,
  MIGRATIONS,
  UnsupportedSchemaError,
} from './migrations';
import { LOCAL_ORIGIN, MIGRATION_ORIGIN } from './origins';
import { readMap } from './readMap';
import { docState, templateDoc } from './testing/testMaps';
import { putRawRecord } from './testing/v1Map';
import { localUndoManager, watchTransactions } from './testing/transactionLog';

/**
 * A map as the first prototype wrote it: stages and touchpoints, no lanes, no hub field, no version,
 * text as plain strings (written raw: putRecord writes today's shape).
 */
function v0Doc(extra?: (doc: Y.Doc) => void): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    metaMap(doc).set('title', 'Old map');
    putRawRecord(doc, 'stages', { id: 'st_a', name: 'Aware', order: 'a0' });
    putRawRecord(doc, 'stages', { id: 'st_b', name: 'Buy', order: 'a1' });
    const card = { channel: 'web', owner: 'Digital', description: '', emotion: -1 };
    putRawRecord(doc, 'touchpoints', { id: 'tp_1', title: 'Ad', stageId: 'st_a', order: 'a0', ...card });
    putRawRecord(doc, 'touchpoints', {
      id: 'tp_2',
      title: 'Call',
      stageId: 'st_b',
      order: 'a0',
      ...card,
      channel: 'phone',
    });
    putRawRecord(doc, 'connections', { id: 'c1', from: 'tp_1', to: 'tp_2' });
    extra?.(doc);
  });
  return doc;
}

describe('MIGRATIONS', () => {
  it('are numbered from 1 up by one, and the current version is the last', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    for (const m of MIGRATIONS) expect(m.description.length).toBeGreaterThan(10);
  });

  it('each has a before/after test below (add one with every new migration)', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(TESTED_VERSIONS);
  });
});

// Migration 2 (collaborative text) is tested in text/migrateTextFields.test.ts, migration 3 (lane
// kinds evidence and support) in records/migrateLaneKinds.test.ts.
const TESTED_VERSIONS = [1, 2, 3];

describe('migration 1: lanes', () => {
  it('gives a v0 map Touchpoints and Emotions lanes and places every card', () => {
    const doc = v0Doc();
    expect(readMap(doc).map.touchpoints).toEqual([]);
    expect(migrateDoc(doc)).toEqual({ from: 0, to: CURRENT_SCHEMA_VERSION });
    const { map, problems } = readMap(doc);
    expect(problems).toEqual([]);
    expect(map.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    // Migration 3 adds the blueprint's kinds, hidden, around the two lanes migration 1 made.
    expect(map.lanes.map((l) => [l.kind, l.label, l.visible])).toEqual([
      ['evidence', 'Evidence', false],
      ['touchpoints', 'Touchpoints', true],
      ['emotions', 'Emotions', true],
      ['support', 'Support processes', false],
    ]);
    const lane = map.lanes[1]!.id;
    expect(map.touchpoints.map((t) => [t.id, t.stageId, t.laneId, t.hub])).toEqual([
      ['tp_1', 'st_a', lane, 'auto'],
      ['tp_2', 'st_b', lane, 'auto'],
    ]);
    expect(map.connections).toHaveLength(1);
    expect(map.info.title).toBe('Old map');
  });

  it('reuses lanes that exist and keeps a hub override that exists', () => {
    const doc = v0Doc((d) => {
      putRawRecord(d, 'lanes', {
        id: 'lane_tp',
        kind: 'touchpoints',
        label: 'Moments',
        order: 'a0',
        visible: true,
      });
      putRawRecord(d, 'touchpoints', {
        id: 'tp_3',
        title: 'Store',
        stageId: 'st_a',
        order: 'a1',
        channel: 'inPerson',
        owner: '',
        description: '',
        emotion: 0,
        hub: 'hub',
        laneId: 'lane_tp',
      });
    });
    migrateDoc(doc);
    const { map, problems } = readMap(doc);
    expect(problems).toEqual([]);
    expect(map.lanes.map((l) => l.kind)).toEqual(['evidence', 'touchpoints', 'emotions', 'support']);
    expect(map.lanes[1]).toMatchObject({ id: 'lane_tp', label: 'Moments' });
    expect(map.touchpoints.every((t) => t.laneId === 'lane_tp')).toBe(true);
    expect(map.touchpoints.find((t) => t.id === 'tp_3')?.hub).toBe('hub');
  });

  it('turns an empty doc into an empty map of the current version', () => {
    const doc = new Y.Doc();
    migrateDoc(doc);
    const { map, problems } = readMap(doc);
    expect(problems).toEqual([]);
    expect(map.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(map.lanes.map((l) => l.kind)).toEqual(['evidence', 'touchpoints', 'emotions', 'support']);
  });
});

describe('migrateDoc', () => {
  it('runs as one transaction with the migration origin, which local undo does not track', () => {
    const doc = v0Doc();
    const log = watchTransactions(doc);
    const undo = localUndoManager(doc);
    migrateDoc(doc);
    expect(log.origins).toEqual([MIGRATION_ORIGIN]);
    expect(undo.undoStack).toHaveLength(0);
    // The user's next edit is undoable on its own, and undoing it leaves the migration in place.
    setEmotion(doc, 'tp_1', 2, LOCAL_ORIGIN);
    undo.undo();
    expect(readSchemaVersion(doc)).toBe(CURRENT_SCHEMA_VERSION);
    expect(readMap(doc).map.touchpoints.find((t) => t.id === 'tp_1')).toMatchObject({
      emotion: -1,
      hub: 'auto',
    });
    expect(undo.canUndo()).toBe(false);
  });

  it('is a no-op when re-run, and on a doc created at the current version', () => {
    const doc = v0Doc();
    migrateDoc(doc);
    const migrated = docState(doc);
    const log = watchTransactions(doc);
    expect(migrateDoc(doc)).toEqual({ from: CURRENT_SCHEMA_VERSION, to: CURRENT_SCHEMA_VERSION });
    expect(docState(doc)).toEqual(migrated);
    expect(log.origins).toEqual([]);

    const fresh = templateDoc('sample');
    const before = docState(fresh);
    expect(migrateDoc(fresh)).toEqual({ from: CURRENT_SCHEMA_VERSION, to: CURRENT_SCHEMA_VERSION });
    expect(docState(fresh)).toEqual(before);
  });

  it('refuses a doc written by a newer Journey and leaves it untouched', () => {
    const doc = templateDoc();
    metaMap(doc).set('schemaVersion', 99);
    const before = docState(doc);
    let caught: unknown;
    try {
      migrateDoc(doc);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(UnsupportedSchemaError);
    expect(caught).toMatchObject({ found: 99, name: 'UnsupportedSchemaError' });
    expect(docState(doc)).toEqual(before);
  });

  it('calls only a version past this code newer (the read-only handshake)', () => {
    expect(isNewerSchema(CURRENT_SCHEMA_VERSION + 1)).toBe(true);
    expect(isNewerSchema(CURRENT_SCHEMA_VERSION)).toBe(false);
    expect(isNewerSchema(CURRENT_SCHEMA_VERSION - 1)).toBe(false);
    expect(isNewerSchema(0)).toBe(false);
  });

  it('treats a malformed version as 0 (never initialised)', () => {
    const doc = v0Doc((d) => metaMap(d).set('schemaVersion', 'one'));
    expect(migrateDoc(doc)).toEqual({ from: 0, to: CURRENT_SCHEMA_VERSION });
    expect(readSchemaVersion(doc)).toBe(CURRENT_SCHEMA_VERSION);
  });
});
