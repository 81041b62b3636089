import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTouchpoint, initMapDoc, readMap } from '../../model';
import { checkUpdateShape } from './applyClientUpdate';
import { inspectUpdate, type UpdateLimits } from './inspectUpdate';

const limits = (doc?: Y.Doc): UpdateLimits => ({
  knownRoots: new Set(doc ? doc.share.keys() : []),
  maxRoots: 16,
  maxDepth: 32,
  maxTypeDepth: 4,
});

/** A Y.Map nested `depth` deep under the root map `meta` (the record level is 1). */
function nestedMaps(doc: Y.Doc, depth: number): Y.Map<unknown> {
  let parent = doc.getMap('meta');
  for (let i = 0; i < depth; i++) {
    const child = new Y.Map<unknown>();
    parent.set('child', child);
    parent = child;
  }
  return parent;
}

function sampleUpdate(): Uint8Array {
  const doc = new Y.Doc();
  initMapDoc(doc, 'sample');
  const map = readMap(doc).map;
  addTouchpoint(doc, {
    stageId: map.stages[0]!.id,
    laneId: map.lanes[0]!.id,
    title: 'Ünïcödé 📞',
    channel: 'phone',
  });
  const text = doc.getText('scratchText');
  text.insert(0, 'hello world');
  text.delete(2, 3);
  doc.getArray<unknown>('list').push([{ a: [1, 2.5, { b: null, c: true }], d: new Uint8Array([1, 2]) }]);
  return Y.encodeStateAsUpdate(doc);
}

describe('inspectUpdate', () => {
  it('accepts what Yjs itself writes: a sample map, text with deletions, nested values', () => {
    const verdict = inspectUpdate(sampleUpdate(), limits());
    expect(verdict).toMatchObject({ ok: true });
    expect(verdict.ok && verdict.structs).toBeGreaterThan(50);
  });

  it('accepts incremental updates and an empty one', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const m = doc.getMap('meta');
    m.set('title', 'A');
    m.set('title', 'B');
    m.delete('title');
    expect(updates).toHaveLength(3);
    for (const u of updates) expect(inspectUpdate(u, limits(doc)).ok).toBe(true);
    expect(inspectUpdate(Y.encodeStateAsUpdate(new Y.Doc()), limits()).ok).toBe(true);
  });

  it('refuses every truncation of a real update and trailing bytes after it', () => {
    const update = sampleUpdate();
    for (let n = 0; n < update.length; n += 7) {
      expect(inspectUpdate(update.subarray(0, n), limits()).ok, `prefix of ${n} bytes`).toBe(false);
    }
    const padded = new Uint8Array(update.length + 1);
    padded.set(update);
    expect(inspectUpdate(padded, limits())).toEqual({ ok: false, reason: '1 bytes after the update' });
  });

  it('refuses subdocuments, which Yjs would build as whole docs while decoding', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('sub', new Y.Doc());
    expect(inspectUpdate(Y.encodeStateAsUpdate(doc), limits())).toEqual({
      ok: false,
      reason: 'subdocuments are not part of a journey map',
    });
  });

  it('refuses a flood of new root names, counting the ones the doc already has', () => {
    const doc = new Y.Doc();
    for (let i = 0; i < 20; i++) doc.getMap(`root${i}`).set('k', i);
    expect(inspectUpdate(Y.encodeStateAsUpdate(doc), limits()).ok).toBe(false);
    const few = new Y.Doc();
    for (let i = 0; i < 4; i++) few.getMap(`root${i}`).set('k', i);
    const known = new Y.Doc();
    for (let i = 0; i < 13; i++) known.getMap(`other${i}`);
    expect(inspectUpdate(Y.encodeStateAsUpdate(few), limits()).ok).toBe(true);
    expect(inspectUpdate(Y.encodeStateAsUpdate(few), limits(known)).ok).toBe(false);
  });

  it('refuses values nested deeper than the cap', () => {
    let value: unknown = 'leaf';
    for (let i = 0; i < 40; i++) value = [value];
    const doc = new Y.Doc();
    doc.getMap('meta').set('deep', value);
    expect(inspectUpdate(Y.encodeStateAsUpdate(doc), limits())).toEqual({
      ok: false,
      reason: 'values nested too deeply',
    });
  });

  it('refuses counts the bytes cannot hold, without allocating for them', () => {
    // 2^40 client blocks in a 7-byte message.
    const lie = new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x20, 0x00]);
    const verdict = inspectUpdate(lie, limits());
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(/exceeds/);
  });

  it('refuses unknown struct and value kinds', () => {
    // One block, one struct, client 1, clock 0, info byte with content kind 11.
    expect(inspectUpdate(new Uint8Array([1, 1, 1, 0, 11, 0]), limits())).toEqual({
      ok: false,
      reason: 'unknown struct kind 11',
    });
  });

  describe('shared type nesting (deleting a deep one overflows Yjs’ stack)', () => {
    it('accepts types up to the cap, and overwriting a key (an item parented through its origin)', () => {
      const doc = new Y.Doc();
      const deepest = nestedMaps(doc, 4);
      deepest.set('x', 1);
      nestedMaps(doc, 2); // replaces meta.child: the new item's parent comes from its origin
      expect(inspectUpdate(Y.encodeStateAsUpdate(doc), limits()).ok).toBe(true);
    });

    it('refuses types nested past the cap within one update', () => {
      const doc = new Y.Doc();
      nestedMaps(doc, 3000);
      expect(inspectUpdate(Y.encodeStateAsUpdate(doc), limits())).toEqual({
        ok: false,
        reason: 'shared types nested deeper than 4',
      });
    });

    it('counts the depth the server doc already has', () => {
      const server = new Y.Doc();
      const client = new Y.Doc();
      nestedMaps(client, 4);
      Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
      // Deeper inside the existing depth-4 map, by explicit parent and by origin.
      const before = Y.encodeStateVector(client);
      let deepest = client.getMap('meta');
      while (deepest.get('child') instanceof Y.Map) deepest = deepest.get('child') as Y.Map<unknown>;
      deepest.set('more', new Y.Map());
      const deeper = Y.encodeStateAsUpdate(client, before);
      expect(checkUpdateShape(server, deeper)).toEqual({
        ok: false,
        reason: 'shared types nested deeper than 4',
      });
      // A plain value there is fine.
      const fine = new Y.Doc();
      Y.applyUpdate(fine, Y.encodeStateAsUpdate(server));
      const sv = Y.encodeStateVector(fine);
      let leaf = fine.getMap('meta');
      while (leaf.get('child') instanceof Y.Map) leaf = leaf.get('child') as Y.Map<unknown>;
      leaf.set('value', 'ok');
      expect(checkUpdateShape(server, Y.encodeStateAsUpdate(fine, sv)).ok).toBe(true);
    });

    it('refuses a type inside changes the server does not have', () => {
      const client = new Y.Doc();
      const record = nestedMaps(client, 1);
      const before = Y.encodeStateVector(client);
      record.set('inner', new Y.Map());
      const update = Y.encodeStateAsUpdate(client, before);
      expect(checkUpdateShape(new Y.Doc(), update)).toEqual({
        ok: false,
        reason: 'a shared type inside changes the server does not have',
      });
    });
  });
});
