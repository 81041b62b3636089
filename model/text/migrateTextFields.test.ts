import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateTouchpoint } from '../commands/touchpoints';
import { getRecord, metaMap } from '../docLayout';
import { migrateDoc } from '../migrations';
import { LOCAL_ORIGIN } from '../origins';
import { readMap } from '../readMap';
import { syncDocs } from '../testing/syncDocs';
import { plainDoc } from '../testing/testMaps';
import { putRawRecord, v1Doc } from '../testing/v1Map';
import { textFieldsDown } from './migrateTextFields';

/** The snapshot a user sees, without the version number. */
function content(doc: Y.Doc) {
  const { map, problems } = readMap(doc);
  const { schemaVersion: _version, ...rest } = map;
  return { map: rest, problems };
}

describe('migration 2: collaborative text', () => {
  it('turns every text field of a v1 map into Y.Text and shows the same map', () => {
    const doc = v1Doc();
    const before = content(doc);
    expect(before.problems).toEqual([]);
    expect(before.map.touchpoints).toHaveLength(2);
    expect(before.map.notes).toHaveLength(2);

    expect(migrateDoc(doc, 2)).toEqual({ from: 1, to: 2 });
    const meta = metaMap(doc);
    for (const key of ['title', 'persona', 'goal', 'scenario']) expect(meta.get(key)).toBeInstanceOf(Y.Text);
    expect(getRecord(doc, 'stages', 'st_a')?.get('name')).toBeInstanceOf(Y.Text);
    expect(getRecord(doc, 'stages', 'st_gone')?.get('name')).toBeInstanceOf(Y.Text);
    expect(getRecord(doc, 'touchpoints', 'tp_status')?.get('title')).toBeInstanceOf(Y.Text);
    expect(getRecord(doc, 'touchpoints', 'tp_call')?.get('description')).toBeInstanceOf(Y.Text);
    expect(getRecord(doc, 'notes', 'note_idea')?.get('text')).toBeInstanceOf(Y.Text);
    const whys = getRecord(doc, 'notes', 'note_pain')?.get('whys');
    expect(whys).toBeInstanceOf(Y.Array);
    expect((whys as Y.Array<unknown>).toArray().every((w) => w instanceof Y.Text)).toBe(true);
    // Plain fields stay plain: an owner, a channel, a route's reason, a lane's label, facilitation.
    expect(getRecord(doc, 'touchpoints', 'tp_status')?.get('owner')).toBe('Digital');
    expect(getRecord(doc, 'connections', 'conn_tp_status__tp_call')?.get('label')).toBe('Outage not shown');
    expect(getRecord(doc, 'lanes', 'ln_o')?.get('label')).toBe('Ideas');
    expect(meta.get('timer')).toEqual({ endsAt: 1_900_000_000_000, durationMs: 300_000, label: 'Ideas' });

    const after = content(doc);
    expect(after.problems).toEqual([]);
    expect(after.map).toEqual(before.map);
    expect(readMap(doc).map.schemaVersion).toBe(2);
  });

  it('goes back down to the identical v1 map: no text lost either way', () => {
    const original = v1Doc();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(original));
    migrateDoc(doc, 2);
    expect(plainDoc(doc)).not.toEqual(plainDoc(original)); // the version moved

    textFieldsDown(doc);
    metaMap(doc).set('schemaVersion', 1);
    expect(plainDoc(doc)).toEqual(plainDoc(original));
    expect(metaMap(doc).get('title')).toBe('Broadband — connection drops');
    expect(getRecord(doc, 'notes', 'note_pain')?.get('whys')).toEqual([
      'The page reads a stale feed',
      'Nobody owns the feed',
    ]);
    // …and up again gives the same map as the first time.
    metaMap(doc).set('schemaVersion', 1);
    migrateDoc(doc, 2);
    expect(content(doc).map).toEqual(content(original).map);
  });

  it('leaves junk where text belongs for the reader to report, and converts the rest', () => {
    const doc = v1Doc();
    doc.transact(() => {
      putRawRecord(doc, 'touchpoints', {
        ...(getRecord(doc, 'touchpoints', 'tp_call')!.toJSON() as Record<string, unknown>),
        id: 'tp_bad',
        title: 42,
      });
      getRecord(doc, 'notes', 'note_idea')!.set('whys', ['fine', 7]);
    });
    migrateDoc(doc);
    expect(getRecord(doc, 'touchpoints', 'tp_bad')?.get('title')).toBe(42);
    expect(getRecord(doc, 'touchpoints', 'tp_bad')?.get('description')).toBeInstanceOf(Y.Text);
    expect(getRecord(doc, 'notes', 'note_idea')?.get('whys')).toEqual(['fine', 7]);
    const { problems } = readMap(doc);
    expect(problems.map((p) => p.id).sort()).toEqual(['note_idea', 'tp_bad']);
  });

  it('after it, two people typing in one title at once both keep their characters', () => {
    const a = v1Doc();
    migrateDoc(a);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    // Both start from "Agent call"; neither has seen the other's typing.
    updateTouchpoint(a, 'tp_call', { title: 'Agent call (Amir)' }, LOCAL_ORIGIN);
    updateTouchpoint(b, 'tp_call', { title: 'First agent call' }, LOCAL_ORIGIN);
    syncDocs(a, b);
    const title = (d: Y.Doc) => readMap(d).map.touchpoints.find((t) => t.id === 'tp_call')?.title;
    expect(title(a)).toBe('First agent call (Amir)');
    expect(title(b)).toBe(title(a));
  });

  it('a plain string written afterwards (an unmigrated offline copy) reads fine and becomes text on the next edit', () => {
    const doc = v1Doc();
    migrateDoc(doc);
    getRecord(doc, 'touchpoints', 'tp_call')!.set('title', 'Agent call!');
    expect(readMap(doc).map.touchpoints.find((t) => t.id === 'tp_call')?.title).toBe('Agent call!');
    updateTouchpoint(doc, 'tp_call', { title: 'Agent call!!' }, LOCAL_ORIGIN);
    expect(getRecord(doc, 'touchpoints', 'tp_call')?.get('title')).toBeInstanceOf(Y.Text);
    expect(readMap(doc).map.touchpoints.find((t) => t.id === 'tp_call')?.title).toBe('Agent call!!');
  });
});
