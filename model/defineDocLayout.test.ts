import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { defineDocLayout, type FieldCodec } from './defineDocLayout';
import { COMMENT_ORIGIN, LOCAL_ORIGIN } from './origins';

/** A codec that stores `text` as Y.Text and edits it in place, like the map's text fields. */
const textCodec: FieldCodec<'cards'> = {
  stored: (_name, key, value) => (key === 'text' && typeof value === 'string' ? new Y.Text(value) : value),
  edit(rec, _name, key, value) {
    const text = rec.get(key);
    if (key !== 'text' || typeof value !== 'string' || !(text instanceof Y.Text)) return false;
    text.delete(0, text.length);
    text.insert(0, value);
    return true;
  },
};

const withMeta = defineDocLayout({
  meta: 'meta',
  collections: ['cards', 'lanes'],
  origin: LOCAL_ORIGIN,
});
const sorted = defineDocLayout({ collections: ['cards'], origin: COMMENT_ORIGIN, sortedReads: true });
const coded = defineDocLayout({ collections: ['cards'], origin: LOCAL_ORIGIN, fields: textCodec });

describe('defineDocLayout', () => {
  it('puts, patches only what differs, and removes records', () => {
    const doc = new Y.Doc();
    withMeta.putRecord(doc, 'cards', { id: 'a', title: 'A', gone: undefined });
    expect(withMeta.getRecord(doc, 'cards', 'a')?.toJSON()).toEqual({ id: 'a', title: 'A' });
    let updates = 0;
    doc.on('update', () => updates++);
    expect(withMeta.patchRecord(doc, 'cards', 'a', { id: 'x', title: 'A', tags: ['t'] })).toBe(true);
    expect(withMeta.patchRecord(doc, 'cards', 'a', { tags: ['t'] })).toBe(true);
    expect(updates).toBe(1);
    withMeta.patchRecord(doc, 'cards', 'a', { tags: undefined });
    expect(withMeta.getRecord(doc, 'cards', 'a')?.toJSON()).toEqual({ id: 'a', title: 'A' });
    expect(withMeta.patchRecord(doc, 'cards', 'nope', { title: 'B' })).toBe(false);
    expect(withMeta.removeRecord(doc, 'cards', 'a')).toBe(true);
    expect(withMeta.removeRecord(doc, 'cards', 'a')).toBe(false);
  });

  it('reads a hostile value as no record, and raw records in doc or id order', () => {
    const doc = new Y.Doc();
    withMeta.collection(doc, 'cards').set('z', 'not a map' as unknown as Y.Map<unknown>);
    expect(withMeta.getRecord(doc, 'cards', 'z')).toBeUndefined();
    for (const id of ['c', 'a', 'b']) sorted.putRecord(doc, 'cards', { id });
    expect(sorted.rawRecords(doc, 'cards').map(([id]) => id)).toEqual(['a', 'b', 'c', 'z']);
    expect(withMeta.rawRecords(doc, 'cards').map(([id]) => id)).toEqual(['z', 'c', 'a', 'b']);
  });

  it('stores and edits codec fields in place', () => {
    const doc = new Y.Doc();
    coded.putRecord(doc, 'cards', { id: 'a', text: 'hello' });
    const text = coded.getRecord(doc, 'cards', 'a')?.get('text');
    expect(text).toBeInstanceOf(Y.Text);
    coded.patchRecord(doc, 'cards', 'a', { text: 'bye' });
    expect(coded.getRecord(doc, 'cards', 'a')?.get('text')).toBe(text);
    expect(String(text)).toBe('bye');
  });

  it('transacts with the layout origin unless told, and lists its roots', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    expect(sorted.transact(doc, () => 7)).toBe(7);
    withMeta.transact(doc, () => withMeta.metaMap(doc).set('title', 'T'));
    withMeta.transact(doc, () => undefined, COMMENT_ORIGIN);
    expect(origins).toEqual([COMMENT_ORIGIN, LOCAL_ORIGIN, COMMENT_ORIGIN]);
    expect(withMeta.roots(doc)).toHaveLength(3);
    const roots = [
      withMeta.metaMap(doc),
      withMeta.collection(doc, 'cards'),
      withMeta.collection(doc, 'lanes'),
    ];
    expect(withMeta.roots(doc).every((root, i) => root === roots[i])).toBe(true);
    expect(sorted.roots(doc)).toHaveLength(1);
    expect(sorted.roots(doc)[0]).toBe(sorted.collection(doc, 'cards'));
  });
});
