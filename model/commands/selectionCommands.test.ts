import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { ALICE } from '../testing/facilitationChecks';
import { cleanMap, templateDoc, touchpointTitled } from '../testing/testMaps';
import { claimFacilitatorSeat } from './facilitatorSeat';
import { setCardLocked } from './locks';
import {
  deleteSelected,
  deletesSomething,
  duplicateSelected,
  duplicatesSomething,
} from './selectionCommands';

const ids = (doc: Y.Doc, titles: string[]) => titles.map((t) => touchpointTitled(cleanMap(doc), t).id);

describe('what Delete and Ctrl/Cmd+D act on', () => {
  it('a group or a record; a stage asks first and a cell is no record', () => {
    expect(deletesSomething({ kind: 'connection', id: 'c' }, [])).toBe(true);
    expect(deletesSomething({ kind: 'stage', id: 's' }, [])).toBe(false);
    expect(deletesSomething({ kind: 'cell', stageId: 's', laneId: 'l' }, [])).toBe(false);
    expect(deletesSomething(null, ['a', 'b'])).toBe(true);
    expect(duplicatesSomething({ kind: 'note', id: 'n' }, [])).toBe(true);
    expect(duplicatesSomething({ kind: 'connection', id: 'c' }, [])).toBe(false);
  });

  it('deletes a whole group in one step', () => {
    const doc = templateDoc('sample', 1);
    const group = ids(doc, ['Agent call', 'Status page']);
    expectOneUndoableStep(doc, () => deleteSelected(doc, null, group));
    expect(cleanMap(doc).touchpoints.filter((t) => group.includes(t.id))).toEqual([]);
  });

  it('refuses the group when one card is locked, writing nothing', () => {
    const doc = templateDoc('sample', 1);
    const group = ids(doc, ['Agent call', 'Status page']);
    claimFacilitatorSeat(doc, ALICE);
    setCardLocked(doc, ALICE, group[1]!, true);
    expectRefused(doc, () => deleteSelected(doc, null, group), /locked/);
  });

  it('copies a group in one step, each into the slot after it, and names the copies', () => {
    const doc = templateDoc('sample', 1);
    const group = ids(doc, ['Agent call', 'Status page']);
    const copies = expectOneUndoableStep(doc, () => duplicateSelected(doc, null, group));
    expect(copies?.kind).toBe('touchpoints');
    const titles = cleanMap(doc).touchpoints.filter(
      (t) => copies?.kind === 'touchpoints' && copies.ids.includes(t.id),
    );
    expect(titles.map((t) => t.title).sort()).toEqual(['Agent call', 'Status page']);
  });

  it('copies one selected card; nothing for a connection', () => {
    const doc = templateDoc('sample', 1);
    const [card] = ids(doc, ['Agent call']);
    const copy = duplicateSelected(doc, { kind: 'touchpoint', id: card! }, []);
    expect(copy?.kind).toBe('touchpoint');
    expect(duplicateSelected(doc, { kind: 'connection', id: 'c' }, [])).toBeNull();
  });
});
