import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_STAGES } from '../templates/blankMap';
import { SERVER_ORIGIN } from '../origins';
import { readMap } from '../readMap';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { cleanMap, stageNamed, templateDoc } from '../testing/testMaps';
import { localUndoManager, watchTransactions } from '../testing/transactionLog';
import { addStage, deleteStage, moveStage, renameStage } from './stages';

const names = (doc: Y.Doc) => cleanMap(doc).stages.map((s) => s.name);

describe('addStage', () => {
  it('appends a stage at the end by default and returns its id', () => {
    const doc = templateDoc();
    const id = expectOneUndoableStep(doc, () => addStage(doc, { name: 'Renew' }));
    const stages = cleanMap(doc).stages;
    expect(stages.map((s) => s.name)).toEqual([...DEFAULT_STAGES, 'Renew']);
    expect(stages.at(-1)?.id).toBe(id);
  });

  it('inserts at an index among the live stages', () => {
    const doc = templateDoc();
    addStage(doc, { name: 'First', index: 0 });
    addStage(doc, { name: 'Third', index: 2 });
    expect(names(doc).slice(0, 4)).toEqual(['First', 'Aware', 'Third', 'Consider']);
  });

  it('clamps an out-of-range index instead of failing', () => {
    const doc = templateDoc();
    addStage(doc, { name: 'Far right', index: 99 });
    addStage(doc, { name: 'Far left', index: -5 });
    expect(names(doc)[0]).toBe('Far left');
    expect(names(doc).at(-1)).toBe('Far right');
  });

  it('trims the name and falls back to "New stage" for a blank one', () => {
    const doc = templateDoc();
    addStage(doc, { name: '  Renew  ' });
    addStage(doc, { name: '   ' });
    expect(names(doc).slice(-2)).toEqual(['Renew', 'New stage']);
  });

  it('refuses a name over 120 characters and writes nothing', () => {
    const doc = templateDoc();
    expectRefused(doc, () => addStage(doc, { name: 'x'.repeat(121) }), /120/);
  });

  it('places a stage among live stages only, ignoring tombstones', () => {
    const doc = templateDoc();
    const aware = stageNamed(cleanMap(doc), 'Aware').id;
    deleteStage(doc, aware, { touchpoints: 'delete' });
    addStage(doc, { name: 'Start', index: 0 });
    expect(names(doc)).toEqual(['Start', ...DEFAULT_STAGES.slice(1)]);
  });

  it('writes with the origin it is given, which the local UndoManager does not track', () => {
    const doc = templateDoc();
    const log = watchTransactions(doc);
    const undo = localUndoManager(doc);
    addStage(doc, { name: 'Server stage' }, SERVER_ORIGIN);
    expect(log.origins).toEqual([SERVER_ORIGIN]);
    expect(undo.undoStack).toHaveLength(0);
  });
});

describe('renameStage', () => {
  it('renames (trimmed) in one undoable step and keeps the order', () => {
    const doc = templateDoc();
    const buy = stageNamed(cleanMap(doc), 'Buy');
    expectOneUndoableStep(doc, () => renameStage(doc, buy.id, '  Purchase '));
    const renamed = cleanMap(doc).stages.find((s) => s.id === buy.id);
    expect(renamed).toEqual({ id: buy.id, name: 'Purchase', order: buy.order });
    expect(names(doc)[2]).toBe('Purchase');
  });

  it('refuses an unknown stage and an over-long name, writing nothing', () => {
    const doc = templateDoc();
    const buy = stageNamed(cleanMap(doc), 'Buy');
    expectRefused(doc, () => renameStage(doc, 'stage_missing', 'X'), /does not exist/);
    expectRefused(doc, () => renameStage(doc, buy.id, 'y'.repeat(121)));
  });

  it('refuses a deleted stage', () => {
    const doc = templateDoc();
    const buy = stageNamed(cleanMap(doc), 'Buy');
    deleteStage(doc, buy.id, { touchpoints: 'move' });
    expectRefused(doc, () => renameStage(doc, buy.id, 'Ghost'), /does not exist/);
  });
});

describe('moveStage', () => {
  it.each([
    ['Aware', 3, ['Consider', 'Buy', 'Use', 'Aware', 'Support', 'Loyalty']],
    ['Loyalty', 0, ['Loyalty', 'Aware', 'Consider', 'Buy', 'Use', 'Support']],
    ['Buy', 5, ['Aware', 'Consider', 'Use', 'Support', 'Loyalty', 'Buy']],
    ['Buy', 2, DEFAULT_STAGES],
  ])('moves %s to index %i', (name, index, expected) => {
    const doc = templateDoc();
    const id = stageNamed(cleanMap(doc), name).id;
    moveStage(doc, id, index);
    expect(names(doc)).toEqual(expected);
  });

  it('is one undoable step that changes only the order', () => {
    const doc = templateDoc();
    const use = stageNamed(cleanMap(doc), 'Use');
    expectOneUndoableStep(doc, () => moveStage(doc, use.id, 0));
    const moved = cleanMap(doc).stages[0];
    expect(moved).toMatchObject({ id: use.id, name: 'Use' });
    expect(moved?.order).not.toBe(use.order);
  });

  it('refuses an unknown or deleted stage, writing nothing', () => {
    const doc = templateDoc();
    const use = stageNamed(cleanMap(doc), 'Use');
    expectRefused(doc, () => moveStage(doc, 'stage_missing', 0));
    deleteStage(doc, use.id, { touchpoints: 'delete' });
    expectRefused(doc, () => moveStage(doc, use.id, 0));
  });

  it('keeps a stable order after many moves (keys stay distinct)', () => {
    const doc = templateDoc();
    for (let i = 0; i < 40; i++) {
      const stages = cleanMap(doc).stages;
      moveStage(doc, stages[i % stages.length]!.id, (i * 7) % stages.length);
    }
    const stages = readMap(doc).map.stages;
    expect(new Set(stages.map((s) => s.order)).size).toBe(stages.length);
    expect([...stages.map((s) => s.name)].sort()).toEqual([...DEFAULT_STAGES].sort());
  });
});
