import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EMPTY_MAP_INFO } from '../records/mapInfo';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { cloneDoc, syncDocs } from '../testing/syncDocs';
import { cleanMap, templateDoc } from '../testing/testMaps';
import { watchTransactions } from '../testing/transactionLog';
import { readMapInfo, setMapInfo } from './mapInfo';

describe('setMapInfo', () => {
  it('sets the given header fields in one undoable step and keeps the others', () => {
    const doc = templateDoc();
    expectOneUndoableStep(doc, () =>
      setMapInfo(doc, { title: 'Router swap', persona: 'Small-business owner' }),
    );
    expect(cleanMap(doc).info).toEqual({
      ...EMPTY_MAP_INFO,
      title: 'Router swap',
      persona: 'Small-business owner',
    });
  });

  it('refuses over-long fields and writes nothing (not even the valid ones)', () => {
    const doc = templateDoc();
    expectRefused(doc, () => setMapInfo(doc, { title: 'ok', goal: 'g'.repeat(1001) }), /goal/);
    expectRefused(doc, () => setMapInfo(doc, { title: 't'.repeat(201) }), /title/);
    expect(cleanMap(doc).info.title).toBe(EMPTY_MAP_INFO.title);
  });

  it('writes nothing when the value is unchanged', () => {
    const doc = templateDoc();
    const before = Y.encodeStateAsUpdate(doc);
    const log = watchTransactions(doc);
    setMapInfo(doc, { title: EMPTY_MAP_INFO.title });
    expect(log.origins).toHaveLength(1);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('merges concurrent edits of different fields', () => {
    const a = templateDoc();
    const b = cloneDoc(a);
    setMapInfo(a, { title: 'From A' });
    setMapInfo(b, { scenario: 'From B' });
    syncDocs(a, b);
    expect(cleanMap(a).info).toEqual({ ...EMPTY_MAP_INFO, title: 'From A', scenario: 'From B' });
    expect(cleanMap(b).info).toEqual(cleanMap(a).info);
  });
});

describe('readMapInfo', () => {
  it('reads an empty doc as the empty header', () => {
    expect(readMapInfo(new Y.Doc())).toEqual(EMPTY_MAP_INFO);
  });
});
