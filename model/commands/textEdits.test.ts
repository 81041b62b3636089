import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getRecord, metaMap } from '../docLayout';
import { LOCAL_ORIGIN } from '../origins';
import { readMap } from '../readMap';
import { cleanMap, templateDoc, touchpointTitled } from '../testing/testMaps';
import { CommandError } from './commandSupport';
import { addWhy, editText, removeWhy } from './textEdits';
import { addAction } from './actions';

function painPoint(doc: Y.Doc) {
  return cleanMap(doc).notes.find((n) => n.kind === 'painPoint')!;
}

describe('editText', () => {
  it('types into a title where the caret is, keeping the rest', () => {
    const doc = templateDoc('sample');
    const call = touchpointTitled(cleanMap(doc), 'Agent call');
    editText(
      doc,
      { kind: 'touchpoint', id: call.id, field: 'title' },
      { index: 0, remove: 0, insert: 'First ' },
      LOCAL_ORIGIN,
    );
    expect(cleanMap(doc).touchpoints.find((t) => t.id === call.id)?.title).toBe('First Agent call');
    expect(getRecord(doc, 'touchpoints', call.id)?.get('title')).toBeInstanceOf(Y.Text);
  });

  it('cuts what would pass the field limit, and refuses typing into a full field', () => {
    const doc = templateDoc('sample');
    const call = touchpointTitled(cleanMap(doc), 'Agent call');
    const title = { kind: 'touchpoint', id: call.id, field: 'title' } as const;
    editText(doc, title, { index: 0, remove: 10, insert: 'x'.repeat(250) }, LOCAL_ORIGIN);
    expect(cleanMap(doc).touchpoints.find((t) => t.id === call.id)?.title).toHaveLength(200);
    expect(() => editText(doc, title, { index: 3, remove: 0, insert: 'y' }, LOCAL_ORIGIN)).toThrow(
      CommandError,
    );
  });

  it('renames a stage only while the structure is unlocked, and never a deleted stage', () => {
    const doc = templateDoc('sample');
    const stage = cleanMap(doc).stages[0]!;
    const name = { kind: 'stage', id: stage.id, field: 'name' } as const;
    metaMap(doc).set('structureLocked', true);
    expect(() => editText(doc, name, { index: 0, remove: 0, insert: 'A' }, LOCAL_ORIGIN)).toThrow(/locked/);
    metaMap(doc).delete('structureLocked');
    editText(doc, name, { index: 0, remove: 0, insert: 'A ' }, LOCAL_ORIGIN);
    expect(cleanMap(doc).stages[0]!.name).toBe(`A ${stage.name}`);
  });

  it('refuses an unknown record and changes nothing', () => {
    const doc = templateDoc('sample');
    const before = Y.encodeStateAsUpdate(doc);
    expect(() =>
      editText(
        doc,
        { kind: 'note', id: 'note_nope', field: 'text' },
        { index: 0, remove: 0, insert: 'x' },
        LOCAL_ORIGIN,
      ),
    ).toThrow(CommandError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});

describe('whys', () => {
  it('adds whys up to five, types into one, and removes any of them, an empty one included', () => {
    const doc = templateDoc('sample');
    const pain = painPoint(doc);
    expect(addWhy(doc, pain.id, 'Stale feed', LOCAL_ORIGIN)).toBe(0);
    expect(addWhy(doc, pain.id, '', LOCAL_ORIGIN)).toBe(1);
    expect(addWhy(doc, pain.id, 'No owner', LOCAL_ORIGIN)).toBe(2);
    editText(
      doc,
      { kind: 'why', id: pain.id, index: 0 },
      { index: 10, remove: 0, insert: ' status' },
      LOCAL_ORIGIN,
    );
    removeWhy(doc, pain.id, 1, LOCAL_ORIGIN);
    expect(painPoint(doc).whys).toEqual(['Stale feed status', 'No owner']);
    addWhy(doc, pain.id, 'c', LOCAL_ORIGIN);
    addWhy(doc, pain.id, 'd', LOCAL_ORIGIN);
    addWhy(doc, pain.id, 'e', LOCAL_ORIGIN);
    expect(() => addWhy(doc, pain.id, 'f', LOCAL_ORIGIN)).toThrow(/at most 5/);
    expect(() => removeWhy(doc, pain.id, 7, LOCAL_ORIGIN)).toThrow(CommandError);
    expect(readMap(doc).problems).toEqual([]);
  });

  it('keeps whys on pain points only', () => {
    const doc = templateDoc('sample');
    const idea = cleanMap(doc).notes.find((n) => n.kind === 'opportunity')!;
    expect(() => addWhy(doc, idea.id, 'x', LOCAL_ORIGIN)).toThrow(/only pain points/);
  });
});

describe("editText on an action's title", () => {
  it('types into the Y.Text, and two people typing at once both keep their characters', () => {
    const a = templateDoc('sample');
    const id = addAction(a, { noteId: painPoint(a).id, title: 'Fix form' }, LOCAL_ORIGIN);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const target = { kind: 'action', id, field: 'title' } as const;
    editText(a, target, { index: 0, remove: 0, insert: 'Now: ' }, LOCAL_ORIGIN);
    editText(b, target, { index: 8, remove: 0, insert: ' fields' }, LOCAL_ORIGIN);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(getRecord(a, 'actions', id)?.get('title')).toBeInstanceOf(Y.Text);
    expect(readMap(a).map.actions.find((x) => x.id === id)?.title).toBe('Now: Fix form fields');
  });
});
