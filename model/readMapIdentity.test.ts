import { describe, expect, it } from 'vitest';
import { setMapInfo } from './commands/mapInfo';
import { addNote } from './commands/notes';
import { moveStage, renameStage } from './commands/stages';
import { setEmotion, updateTouchpoint } from './commands/touchpoints';
import type { JourneyMap } from './journeyMap';
import { readMap } from './readMap';
import { cloneDoc, syncDocs } from './testing/syncDocs';
import { cleanMap, stageNamed, templateDoc, touchpointTitled } from './testing/testMaps';

const LISTS = ['stages', 'lanes', 'touchpoints', 'connections', 'notes'] as const;

describe('readMap keeps unchanged records identical', () => {
  it('returns the previous snapshot itself when nothing changed', () => {
    const doc = templateDoc('sample');
    const prev = cleanMap(doc);
    expect(readMap(doc, prev).map).toBe(prev);
    // A transaction that writes nothing new (same value) still changes nothing.
    setMapInfo(doc, { title: prev.info.title });
    expect(readMap(doc, prev).map).toBe(prev);
  });

  it('after one card changes, keeps every other record, list and the header', () => {
    const doc = templateDoc('sample');
    const prev = cleanMap(doc);
    const agent = touchpointTitled(prev, 'Agent call');
    setEmotion(doc, agent.id, 2);
    const next = readMap(doc, prev).map;
    expect(next).not.toBe(prev);
    expect(next.touchpoints).not.toBe(prev.touchpoints);
    expect(touchpointTitled(next, 'Agent call')).not.toBe(agent);
    expect(touchpointTitled(next, 'Agent call').emotion).toBe(2);
    next.touchpoints.forEach((t, i) => {
      if (t.id !== agent.id) expect(t).toBe(prev.touchpoints[i]);
    });
    for (const list of ['stages', 'lanes', 'connections', 'notes'] as const)
      expect(next[list]).toBe(prev[list]);
    expect(next.info).toBe(prev.info);
  });

  it('keeps records when only the order of a list changes', () => {
    const doc = templateDoc('sample');
    const prev = cleanMap(doc);
    moveStage(doc, stageNamed(prev, 'Follow-up').id, 0);
    const next = readMap(doc, prev).map;
    expect(next.stages).not.toBe(prev.stages);
    for (const s of next.stages) {
      if (s.name !== 'Follow-up') expect(s).toBe(prev.stages.find((p) => p.id === s.id));
    }
    // Touchpoints are re-sorted into the new stage order, but each unchanged card is the same object.
    expect(next.touchpoints[0]?.title).toBe('Survey email');
    for (const t of next.touchpoints) expect(t).toBe(prev.touchpoints.find((p) => p.id === t.id));
  });

  it('keeps records through a remote update that touches something else', () => {
    const doc = templateDoc('sample');
    const peer = cloneDoc(doc);
    const prev = cleanMap(doc);
    renameStage(peer, stageNamed(prev, 'Resolution').id, 'Fixed');
    addNote(peer, { kind: 'opportunity', stageId: stageNamed(prev, 'Resolution').id, text: 'Send credit' });
    syncDocs(doc, peer);
    const next = readMap(doc, prev).map;
    expect(next.touchpoints).toBe(prev.touchpoints);
    expect(next.connections).toBe(prev.connections);
    expect(next.lanes).toBe(prev.lanes);
    for (const n of prev.notes) expect(next.notes).toContain(n);
    expect(next.notes).toHaveLength(prev.notes.length + 1);
  });

  it('is stable over a chain of snapshots (each read builds on the last)', () => {
    const doc = templateDoc('sample');
    let snap: JourneyMap = cleanMap(doc);
    const first = snap;
    const bill = touchpointTitled(first, 'Bill credit');
    updateTouchpoint(doc, bill.id, { owner: 'Billing' });
    snap = readMap(doc, snap).map;
    updateTouchpoint(doc, bill.id, { owner: '' });
    snap = readMap(doc, snap).map;
    // Back to the first content: the card is new, the rest still from the first snapshot.
    expect(touchpointTitled(snap, 'Bill credit')).toEqual(bill);
    expect(touchpointTitled(snap, 'Status page')).toBe(touchpointTitled(first, 'Status page'));
    expect(readMap(doc, snap).map).toBe(snap);
  });
});

describe('snapshots are frozen', () => {
  function expectDeepFrozen(value: unknown, path = 'map') {
    if (typeof value !== 'object' || value === null) return;
    expect(Object.isFrozen(value), `${path} is frozen`).toBe(true);
    for (const [k, v] of Object.entries(value)) expectDeepFrozen(v, `${path}.${k}`);
  }

  it('freezes the map, its lists, records and nested VoC data', () => {
    const map = cleanMap(templateDoc('sample'));
    expectDeepFrozen(map);
    const agent = touchpointTitled(map, 'Agent call');
    expect(() => {
      (agent as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(() => (agent.voc?.verbatims as string[]).push('more')).toThrow(TypeError);
  });

  it('freezes the records and lists that a later read builds anew', () => {
    const doc = templateDoc('sample');
    const prev = cleanMap(doc);
    const agent = touchpointTitled(prev, 'Agent call');
    updateTouchpoint(doc, agent.id, { voc: { verbatims: ['quick'] } });
    setMapInfo(doc, { goal: 'New goal' });
    const next = readMap(doc, prev).map;
    expectDeepFrozen(next);
    for (const list of LISTS) expect(Object.isFrozen(next[list])).toBe(true);
  });
});
