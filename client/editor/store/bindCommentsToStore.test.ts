import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { commentCollection } from '../../../model/comments/commentsDocLayout';
import { startThread } from '../../../model/comments/threadCommands';
import { ALICE, commentsDoc } from '../../../model/testing/commentChecks';
import { cleanMap, templateDoc } from '../../../model/testing/testMaps';
import { createEditorStore, setSnapshot } from './editorStore';
import { bindCommentsToStore } from './bindCommentsToStore';

describe('bindCommentsToStore and unreadable comment records', () => {
  it('puts them in the store for the notice, and takes them out once they are gone', () => {
    const map = cleanMap(templateDoc('sample'));
    const store = createEditorStore();
    setSnapshot(store, map, []);
    const doc = commentsDoc();
    bindCommentsToStore(doc, store);
    startThread(doc, { anchor: { kind: 'map' }, author: ALICE, text: 'Looks right' });
    expect(store.getState().commentProblems).toEqual([]);

    doc.transact(() => {
      const bad = new Y.Map<unknown>();
      bad.set('id', 'cmt_bad');
      bad.set('text', 42);
      commentCollection(doc, 'comments').set('cmt_bad', bad);
    });
    expect(store.getState().commentProblems.map((p) => [p.collection, p.id])).toEqual([
      ['comments', 'cmt_bad'],
    ]);
    // The valid thread still shows.
    expect(store.getState().comments?.open).toHaveLength(1);

    doc.transact(() => commentCollection(doc, 'comments').delete('cmt_bad'));
    expect(store.getState().commentProblems).toEqual([]);
  });
});
