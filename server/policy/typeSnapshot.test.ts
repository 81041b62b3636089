import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { restoreInto, snapshotValue } from './typeSnapshot';

describe('typeSnapshot', () => {
  it('puts a map back in the same transaction: deleted records rebuilt, added keys removed, text diffed', () => {
    const doc = new Y.Doc();
    const root = doc.getMap<unknown>('stages');
    const rec = new Y.Map<unknown>();
    rec.set('name', new Y.Text('Discover'));
    rec.set('whys', Y.Array.from([new Y.Text('one')]));
    rec.set('order', 'a0');
    root.set('s1', rec);
    const keep = new Y.Map<unknown>();
    keep.set('name', new Y.Text('Buy'));
    root.set('s2', keep);
    const before = JSON.stringify(root.toJSON());

    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    const r = remote.getMap<Y.Map<unknown>>('stages');
    remote.transact(() => {
      r.delete('s1');
      (r.get('s2')!.get('name') as Y.Text).insert(1, 'XX');
      r.get('s2')!.set('order', 'z');
      r.set('junk', new Y.Map());
    });
    const update = Y.encodeStateAsUpdate(remote, Y.encodeStateVector(doc));

    let relayed: Uint8Array | undefined;
    doc.on('update', (u: Uint8Array) => (relayed = u));
    doc.transact(() => {
      const snap = snapshotValue(root);
      Y.applyUpdate(doc, update);
      expect(root.has('s1')).toBe(false);
      restoreInto(snap);
    });
    expect(JSON.stringify(root.toJSON())).toBe(before);
    // The writer converges on the net update.
    Y.applyUpdate(remote, relayed!);
    expect(JSON.stringify(r.toJSON())).toBe(before);
    // The same Y.Text was kept (edited back), not replaced.
    expect(root.get('s2')).toBe(keep);
  });
});
