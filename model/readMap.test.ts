import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { collection, metaMap, type CollectionName } from './docLayout';
import { layoutMap } from './layout';
import { readMap } from './readMap';
import { makeRng } from './testing/randomCommands';
import { cleanMap, laneOfKind, stageNamed, templateDoc, touchpointTitled } from './testing/testMaps';

/** Writes straight through Y, as a buggy or hostile client could, bypassing the commands. */
function rawSet(doc: Y.Doc, name: CollectionName, key: string, value: unknown) {
  (collection(doc, name) as Y.Map<unknown>).set(key, value);
}
const yRecord = (fields: Record<string, unknown>) => new Y.Map<unknown>(Object.entries(fields));

function sampleWithCard() {
  const doc = templateDoc('sample');
  const map = cleanMap(doc);
  const good = touchpointTitled(map, 'Agent call');
  return {
    doc,
    map,
    good,
    card: (patch: Record<string, unknown>) => yRecord({ ...good, id: 'tp_bad', ...patch }),
  };
}
const problemIds = (doc: Y.Doc) => readMap(doc).problems.map((p) => `${p.collection}/${p.id}`);

describe('readMap with hostile records', () => {
  it.each([
    ['a record that is not a Y.Map', 'garbage'],
    ['a number', 42],
    ['null', null],
    ['a Y.Array', Y.Array.from([1, 2])],
    ['a Y.Map with a numeric title only', yRecord({ title: 5 })],
  ])('skips and reports %s, and still shows the valid cards', (_label, value) => {
    const { doc, map } = sampleWithCard();
    rawSet(doc, 'touchpoints', 'tp_bad', value);
    const result = readMap(doc);
    expect(result.problems).toEqual([expect.objectContaining({ collection: 'touchpoints', id: 'tp_bad' })]);
    expect(result.map.touchpoints).toEqual(map.touchpoints);
  });

  it.each([
    ['emotion 9', { emotion: 9 }],
    ['emotion 0.5', { emotion: 0.5 }],
    ['an unknown channel', { channel: 'fax' }],
    ['an unknown hub override', { hub: 'maybe' }],
    ['a title of 5', { title: 5 }],
    ['NPS 500', { voc: { nps: 500 } }],
    ['no order', { order: undefined }],
  ])('skips and reports a touchpoint with %s', (_label, patch) => {
    const { doc, map, card } = sampleWithCard();
    const rec = card({});
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) rec.delete(k);
      else rec.set(k, v);
    }
    rawSet(doc, 'touchpoints', 'tp_bad', rec);
    expect(problemIds(doc)).toEqual(['touchpoints/tp_bad']);
    expect(readMap(doc).map.touchpoints).toEqual(map.touchpoints);
  });

  it('reports a record whose id does not match its key', () => {
    const { doc, map, good } = sampleWithCard();
    rawSet(doc, 'touchpoints', 'tp_alias', yRecord({ ...good }));
    const { map: after, problems } = readMap(doc);
    expect(problems).toEqual([
      { collection: 'touchpoints', id: 'tp_alias', message: 'id does not match its key' },
    ]);
    expect(after.touchpoints.filter((t) => t.id === good.id)).toHaveLength(1);
    expect(after.touchpoints).toHaveLength(map.touchpoints.length);
  });

  it('repairs and reports a touchpoint on an unknown stage: it shows in the first stage', () => {
    const { doc, map, card } = sampleWithCard();
    rawSet(doc, 'touchpoints', 'tp_bad', card({ stageId: 'stage_nowhere', title: 'Lost card' }));
    const { map: after, problems } = readMap(doc);
    expect(problems).toEqual([
      { collection: 'touchpoints', id: 'tp_bad', message: 'unknown stage stage_nowhere' },
    ]);
    expect(touchpointTitled(after, 'Lost card').stageId).toBe(map.stages[0]?.id);
  });

  it('repairs and reports a note on an unknown stage', () => {
    const { doc, map } = sampleWithCard();
    const note = map.notes[0]!;
    rawSet(doc, 'notes', 'note_bad', yRecord({ ...note, id: 'note_bad', stageId: 'stage_nowhere' }));
    const { map: after, problems } = readMap(doc);
    expect(problems).toEqual([expect.objectContaining({ collection: 'notes', id: 'note_bad' })]);
    expect(after.notes.find((n) => n.id === 'note_bad')?.stageId).toBe(map.stages[0]?.id);
  });

  it('puts a card on a missing or non-card lane into the Touchpoints lane', () => {
    const { doc, map, card } = sampleWithCard();
    rawSet(doc, 'touchpoints', 'tp_bad', card({ laneId: laneOfKind(map, 'emotions').id }));
    rawSet(doc, 'touchpoints', 'tp_bad2', card({ id: 'tp_bad2', laneId: 'lane_gone' }));
    const after = cleanMap(doc);
    const lane = laneOfKind(map, 'touchpoints').id;
    expect(after.touchpoints.filter((t) => t.id.startsWith('tp_bad')).map((t) => t.laneId)).toEqual([
      lane,
      lane,
    ]);
  });

  it('never shows a connection to a missing touchpoint or a self-loop', () => {
    const { doc, map, good } = sampleWithCard();
    rawSet(doc, 'connections', 'c1', yRecord({ id: 'c1', from: good.id, to: 'tp_gone' }));
    rawSet(doc, 'connections', 'c2', yRecord({ id: 'c2', from: good.id, to: good.id }));
    rawSet(doc, 'connections', 'c3', yRecord({ id: 'c3', from: 7, to: good.id }));
    const { map: after, problems } = readMap(doc);
    expect(after.connections).toEqual(map.connections);
    // A malformed edge and a self-loop (no command draws one) are reported; an edge to a deleted
    // card is the normal result of a concurrent delete (see concurrency.test.ts): dropped silently.
    expect(problems.map((p) => p.id).sort()).toEqual(['c2', 'c3']);
  });

  it('skips bad stages and lanes and reads bad header fields as defaults', () => {
    const { doc, map } = sampleWithCard();
    rawSet(doc, 'stages', 'stage_bad', yRecord({ id: 'stage_bad', name: 'Bad', order: '' }));
    rawSet(
      doc,
      'lanes',
      'lane_bad',
      yRecord({ id: 'lane_bad', kind: 'weather', label: 'Rain', order: 'a5', visible: true }),
    );
    metaMap(doc).set('title', 42);
    metaMap(doc).set('schemaVersion', 'one');
    const { map: after, problems } = readMap(doc);
    expect(problems.map((p) => `${p.collection}/${p.id}`).sort()).toEqual([
      'lanes/lane_bad',
      'meta/schemaVersion',
      'meta/title',
      'stages/stage_bad',
    ]);
    expect(after.stages).toEqual(map.stages);
    expect(after.lanes).toEqual(map.lanes);
    expect(after.info.title).toBe('Untitled journey');
    expect(after.schemaVersion).toBe(0);
  });

  it('follows tombstone fallbacks and survives a fallback cycle', () => {
    const doc = templateDoc();
    const map = cleanMap(doc);
    const [aware, consider, buy] = ['Aware', 'Consider', 'Buy'].map((n) => stageNamed(map, n));
    rawSet(doc, 'stages', aware!.id, yRecord({ ...aware, deleted: true, fallbackStageId: consider!.id }));
    rawSet(doc, 'stages', consider!.id, yRecord({ ...consider, deleted: true, fallbackStageId: aware!.id }));
    rawSet(
      doc,
      'touchpoints',
      'tp_cycle',
      yRecord({
        id: 'tp_cycle',
        title: 'Cycle',
        stageId: aware!.id,
        laneId: laneOfKind(map, 'touchpoints').id,
        order: 'a0',
        channel: 'web',
        owner: '',
        description: '',
        emotion: 0,
        hub: 'auto',
      }),
    );
    const after = cleanMap(doc);
    expect(after.stages[0]?.id).toBe(buy!.id);
    expect(touchpointTitled(after, 'Cycle').stageId).toBe(buy!.id);
  });

  it('reports cards it cannot place when there is no live stage or no card lane', () => {
    const { doc, good } = sampleWithCard();
    for (const [id, rec] of collection(doc, 'lanes'))
      if (rec.get('kind') === 'touchpoints') collection(doc, 'lanes').delete(id);
    expect(readMap(doc).problems).toHaveLength(11);
    expect(readMap(doc).map.touchpoints).toEqual([]);
    for (const [id, rec] of collection(doc, 'stages'))
      rawSet(doc, 'stages', id, yRecord({ ...rec.toJSON(), deleted: true }));
    expect(readMap(doc).problems).toContainEqual(
      expect.objectContaining({ id: good.id, message: 'no stage to place it in' }),
    );
  });

  it('never throws on random garbage, and layoutMap copes with what it returns', () => {
    const rng = makeRng(7);
    const values = [
      null,
      0,
      -1,
      9,
      'x',
      '',
      true,
      [],
      {},
      { nested: { deep: 1 } },
      'a0',
      'zzz',
      'stage_x',
      'auto',
      'web',
    ];
    const fields = [
      'id',
      'title',
      'name',
      'kind',
      'label',
      'order',
      'visible',
      'stageId',
      'laneId',
      'channel',
      'emotion',
      'hub',
      'from',
      'to',
      'text',
      'deleted',
      'fallbackStageId',
      'voc',
    ];
    const collections: CollectionName[] = ['stages', 'lanes', 'touchpoints', 'connections', 'notes'];
    for (let run = 0; run < 40; run++) {
      const doc = templateDoc('sample');
      for (let k = 0; k < 30; k++) {
        const name = collections[rng.int(collections.length)]!;
        const existing = [...collection(doc, name).keys()];
        const key = rng.next() < 0.5 ? (existing[rng.int(existing.length)] ?? 'k') : `junk${k}`;
        if (rng.next() < 0.2) rawSet(doc, name, key, values[rng.int(values.length)]);
        else {
          const rec = collection(doc, name).get(key);
          const target = rec instanceof Y.Map ? rec : yRecord({ id: key });
          target.set(fields[rng.int(fields.length)]!, values[rng.int(values.length)]);
          if (!(rec instanceof Y.Map)) rawSet(doc, name, key, target);
        }
      }
      expect(() => layoutMap(readMap(doc).map)).not.toThrow();
    }
  });
});
