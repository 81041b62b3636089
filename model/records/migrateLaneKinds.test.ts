import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getRecord, metaMap } from '../docLayout';
import { migrateDoc } from '../migrations';
import { readMap } from '../readMap';
import { syncDocs } from '../testing/syncDocs';
import { cleanMap, plainDoc } from '../testing/testMaps';
import { putRawRecord, v1Doc } from '../testing/v1Map';
import { laneKindsDown, v3LaneId } from './migrateLaneKinds';

/**
 * A v2 map as Journey wrote it (v1Doc, migrated to 2: lanes Touchpoints, Emotions, Pain points,
 * hidden Ideas), with `lanes` added raw, and cards `[id, laneId]` in the first stage.
 */
function v2Doc(
  lanes: ReadonlyArray<Record<string, unknown>> = [],
  cards: ReadonlyArray<[string, string]> = [],
) {
  const doc = v1Doc();
  migrateDoc(doc, 2);
  doc.transact(() => {
    for (const lane of lanes) putRawRecord(doc, 'lanes', { visible: true, ...lane });
    for (const [id, laneId] of cards) {
      const tp = getRecord(doc, 'touchpoints', 'tp_status')!.toJSON() as Record<string, unknown>;
      putRawRecord(doc, 'touchpoints', {
        ...tp,
        title: new Y.Text(id),
        description: new Y.Text(''),
        id,
        laneId,
      });
    }
  });
  expect(metaMap(doc).get('schemaVersion')).toBe(2);
  return doc;
}

const lanesOf = (doc: Y.Doc) => cleanMap(doc).lanes.map((l) => [l.id, l.kind, l.label, l.visible]);
const cardsOf = (doc: Y.Doc) => cleanMap(doc).touchpoints.map((t) => [t.id, t.laneId]);

/** Up to v3 and down again leaves the doc as it was, apart from the version number. */
function expectRoundTrip(doc: Y.Doc): void {
  const before = plainDoc(doc);
  migrateDoc(doc);
  expect(plainDoc(doc)).not.toEqual(before);
  laneKindsDown(doc);
  metaMap(doc).set('schemaVersion', 2);
  expect(plainDoc(doc)).toEqual(before);
}

describe('migration 3: lane kinds evidence and support', () => {
  it('gives a map without them both, hidden: Evidence on top, Support processes after Backstage', () => {
    const doc = v2Doc(
      [{ id: 'ln_b', kind: 'backstage', label: 'Backstage', order: 'a1V' }],
      [['tp_b', 'ln_b']],
    );
    const cards = cardsOf(doc);
    expect(migrateDoc(doc)).toEqual({ from: 2, to: 3 });
    expect(lanesOf(doc)).toEqual([
      [v3LaneId('evidence'), 'evidence', 'Evidence', false],
      ['ln_t', 'touchpoints', 'Touchpoints', true],
      ['ln_e', 'emotions', 'Emotions', true],
      ['ln_b', 'backstage', 'Backstage', true],
      [v3LaneId('support'), 'support', 'Support processes', false],
      ['ln_p', 'painPoints', 'Pain points', true],
      ['ln_o', 'opportunities', 'Ideas', false],
    ]);
    expect(cardsOf(doc)).toEqual(cards);
  });

  it('puts Support processes after the nearest kind above it when there is no Backstage lane', () => {
    const doc = v2Doc();
    migrateDoc(doc);
    expect(lanesOf(doc).map(([id]) => id)).toEqual([
      v3LaneId('evidence'),
      'ln_t',
      'ln_e',
      'ln_p',
      'ln_o',
      v3LaneId('support'),
    ]);
  });

  it('turns the blueprint template’s relabelled lanes into the new kinds, keeping label, cards and visibility', () => {
    const doc = v2Doc(
      [
        { id: 'ln_ev', kind: 'thoughts', label: 'Evidence', order: 'Zz' },
        { id: 'ln_th', kind: 'thoughts', label: 'Thoughts & quotes', order: 'a0V', visible: false },
        { id: 'ln_b', kind: 'backstage', label: 'Backstage', order: 'a1V' },
        { id: 'ln_sp', kind: 'backstage', label: 'Support processes', order: 'a1k' },
        // A card lane of other traits keeps its kind whatever its name: its cards make the curve.
        { id: 'ln_front', kind: 'touchpoints', label: 'Evidence', order: 'a4' },
      ],
      [
        ['tp_ev', 'ln_ev'],
        ['tp_sp', 'ln_sp'],
      ],
    );
    const cards = cardsOf(doc);
    migrateDoc(doc);
    expect(lanesOf(doc)).toEqual([
      ['ln_ev', 'evidence', 'Evidence', true],
      ['ln_t', 'touchpoints', 'Touchpoints', true],
      ['ln_th', 'thoughts', 'Thoughts & quotes', false],
      ['ln_e', 'emotions', 'Emotions', true],
      ['ln_b', 'backstage', 'Backstage', true],
      ['ln_sp', 'support', 'Support processes', true],
      ['ln_p', 'painPoints', 'Pain points', true],
      ['ln_o', 'opportunities', 'Ideas', false],
      ['ln_front', 'touchpoints', 'Evidence', true],
    ]);
    expect(cardsOf(doc)).toEqual(cards);
  });

  it('goes back down to the identical v2 map, lanes added or converted', () => {
    expectRoundTrip(v2Doc([{ id: 'ln_b', kind: 'backstage', label: 'Backstage', order: 'a1V' }]));
    expectRoundTrip(
      v2Doc(
        [
          { id: 'ln_ev', kind: 'thoughts', label: 'evidence ', order: 'Zz' },
          { id: 'ln_sp', kind: 'backstage', label: 'Support processes', order: 'a1k', visible: false },
        ],
        [['tp_ev', 'ln_ev']],
      ),
    );
  });

  it('down keeps an added lane that has cards since, as the kind that stood in for it', () => {
    const doc = v2Doc();
    migrateDoc(doc);
    putRawRecord(doc, 'touchpoints', {
      ...(getRecord(doc, 'touchpoints', 'tp_call')!.toJSON() as Record<string, unknown>),
      id: 'tp_letter',
      title: new Y.Text('Letter'),
      description: new Y.Text(''),
      laneId: v3LaneId('evidence'),
    });
    laneKindsDown(doc);
    expect(lanesOf(doc)[0]).toEqual([v3LaneId('evidence'), 'thoughts', 'Evidence', false]);
    expect(lanesOf(doc).map(([, kind]) => kind)).not.toContain('support');
    expect(cardsOf(doc)).toContainEqual(['tp_letter', v3LaneId('evidence')]);
  });

  it('run by two processes at once, adds each lane once', () => {
    const a = v2Doc();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    migrateDoc(a);
    migrateDoc(b);
    syncDocs(a, b);
    expect(lanesOf(a)).toEqual(lanesOf(b));
    expect(lanesOf(a).filter(([, kind]) => kind === 'evidence' || kind === 'support')).toHaveLength(2);
  });

  it('picks another id when someone already wrote a lane under the derived one', () => {
    const doc = v2Doc(
      [{ id: v3LaneId('evidence'), kind: 'thoughts', label: 'Quotes', order: 'Zz' }],
      [['tp_q', v3LaneId('evidence')]],
    );
    migrateDoc(doc);
    const lanes = lanesOf(doc);
    expect(lanes[1]).toEqual([v3LaneId('evidence'), 'thoughts', 'Quotes', true]);
    expect(lanes.slice(0, 1)).toEqual([
      [expect.stringMatching(/^lane_[0-9A-Za-z]{9}$/), 'evidence', 'Evidence', false],
    ]);
    expect(cardsOf(doc)).toContainEqual(['tp_q', v3LaneId('evidence')]);
  });

  it('steps over lanes a hostile client wrote (no order, a bad order, junk) and still reads clean', () => {
    const doc = v2Doc();
    doc.transact(() => {
      putRawRecord(doc, 'lanes', {
        id: 'ln_x',
        kind: 'backstage',
        label: 'Backstage',
        order: '!!',
        visible: true,
      });
      putRawRecord(doc, 'lanes', { id: 'ln_y', label: 'Support processes' });
      doc.getMap('lanes').set('ln_z', 'not a lane' as never);
    });
    migrateDoc(doc);
    const { map, problems } = readMap(doc);
    // An order fractional-indexing rejects still reads (it sorts first): Support follows it.
    expect(problems.map((p) => p.id).sort()).toEqual(['ln_y', 'ln_z']);
    expect(map.lanes.map((l) => l.id).slice(0, 4)).toEqual([
      'ln_x',
      v3LaneId('support'),
      v3LaneId('evidence'),
      'ln_t',
    ]);
  });
});
