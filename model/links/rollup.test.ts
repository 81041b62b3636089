import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../journeyMap';
import type { Action } from '../records/action';
import type { Connection } from '../records/connection';
import type { Touchpoint } from '../records/touchpoint';
import { cleanMap, laneOfKind, templateDoc } from '../testing/testMaps';
import { addTouchpoint } from '../commands/touchpoints';
import { patchRecord } from '../docLayout';
import { childLinksOf, childMapIdsOf } from './childLinks';
import { docChildMapIds } from './docLinks';
import { rollupOf } from './rollup';

const NOW = Date.parse('2026-03-10T12:00:00Z');

/**
 * The hand-worked map: four cards on the Touchpoints lane (on the curve), one customer action and
 * one backstage card (off it).
 */
function handWorked(): JourneyMap {
  const base = cleanMap(templateDoc('blank'));
  const [first, second] = base.stages as [JourneyMap['stages'][number], JourneyMap['stages'][number]];
  const touch = laneOfKind(base, 'touchpoints').id;
  const card = (id: string, over: Partial<Touchpoint>): Touchpoint => ({
    id,
    title: id,
    stageId: first.id,
    laneId: touch,
    order: `a${id.length}`,
    channel: 'web',
    owner: '',
    description: '',
    emotion: 0,
    hub: 'auto',
    ...over,
  });
  const touchpoints = [
    card('web', { emotion: 2, owner: 'Digital', childMapId: 'map_child2' }),
    card('call', { channel: 'phone', emotion: -2, childMapId: 'map_child1' }), // hub by channel, unowned
    card('dm', { channel: 'social', hub: 'hub', emotion: -1, owner: 'Care' }), // hub: marked
    card('letter', { channel: 'mail', emotion: -1, childMapId: 'map_self' }), // unowned; a self-link
    card('browse', { laneId: laneOfKind(base, 'actions').id, emotion: -2 }), // off the curve, needs no owner
    card('queue', { laneId: laneOfKind(base, 'backstage').id, channel: 'ivr', hub: 'notHub', emotion: 2 }),
  ];
  const route = (from: string, to: string, volume?: number): Connection => ({
    id: `conn_${from}__${to}`,
    from,
    to,
    ...(volume === undefined ? {} : { volume }),
  });
  const connections = [
    route('web', 'call', 120), // 120 into a hub
    route('letter', 'call'), // no volume: one contact
    route('dm', 'call', 30), // hub to hub: 30 more on the phone
    route('call', 'web', 50), // into a non-hub: not load
    route('browse', 'dm', 0), // a route known to carry nothing
    route('web', 'queue', 9), // queue is unmarked: not a hub
  ];
  const action = (id: string, status: Action['status'], due?: string): Action => ({
    id,
    noteId: 'n1',
    title: id,
    status,
    order: `a${id}`,
    createdAt: 0,
    ...(due === undefined ? {} : { due }),
  });
  const actions = [
    action('1', 'idea'),
    action('2', 'planned', '2026-03-09'), // overdue
    action('3', 'doing', '2026-03-10'), // due today: not yet overdue
    action('4', 'done', '2026-01-01'), // late but done
    action('5', 'dropped', '2026-01-01'),
  ];
  const stages = [{ ...first, childMapId: 'map_child1' }, second, ...base.stages.slice(2)];
  return { ...base, stages, touchpoints, connections, actions };
}

describe('rollupOf', () => {
  it('adds up the hand-worked map', () => {
    expect(rollupOf(handWorked(), NOW)).toEqual({
      // Curve cards: web 2, call -2, dm -1, letter -1 → -2 / 4.
      averageEmotion: -0.5,
      touchpoints: 6,
      // call (phone) and dm (marked); queue is unmarked.
      hubs: 2,
      // 120 + 1 + 30 + 0.
      hubLoad: 151,
      // idea, planned, doing.
      openActions: 3,
      overdueActions: 1,
      // call and letter; browse's and queue's lanes need no owner.
      unownedTouchpoints: 2,
    });
  });

  it('judges overdue on the day of `now`', () => {
    expect(rollupOf(handWorked(), NOW + 86_400_000).overdueActions).toBe(2);
  });

  it('has no emotion for a map with no cards on the curve', () => {
    const empty = cleanMap(templateDoc('blank'));
    expect(rollupOf(empty, NOW)).toEqual({
      averageEmotion: null,
      touchpoints: 0,
      hubs: 0,
      hubLoad: 0,
      openActions: 0,
      overdueActions: 0,
      unownedTouchpoints: 0,
    });
  });

  it('reads the sample map as its header and insights do', () => {
    const sample = cleanMap(templateDoc('sample'));
    const rollup = rollupOf(sample, NOW);
    const curve = sample.touchpoints.filter((t) => laneOfKind(sample, 'touchpoints').id === t.laneId);
    expect(rollup.touchpoints).toBe(sample.touchpoints.length);
    expect(rollup.averageEmotion).toBeCloseTo(curve.reduce((s, t) => s + t.emotion, 0) / curve.length, 2);
    expect(rollup.hubs).toBeGreaterThan(0);
    expect(rollup.hubLoad).toBeGreaterThan(0);
    expect(rollup.unownedTouchpoints).toBe(curve.filter((t) => t.owner.trim() === '').length);
  });
});

describe('childLinksOf', () => {
  it('lists stage links, then touchpoint links, ignoring a link to the map itself', () => {
    const map = handWorked();
    expect(childLinksOf(map, 'map_self')).toEqual([
      { holder: 'stage', holderId: map.stages[0]!.id, mapId: 'map_child1' },
      { holder: 'touchpoint', holderId: 'web', mapId: 'map_child2' },
      { holder: 'touchpoint', holderId: 'call', mapId: 'map_child1' },
    ]);
    expect(childMapIdsOf(map, 'map_self')).toEqual(['map_child1', 'map_child2']);
  });

  it('has none on a map without links', () => {
    expect(childLinksOf(cleanMap(templateDoc('sample')), 'x')).toEqual([]);
  });
});

describe('docChildMapIds', () => {
  it('reads the links from the doc: live stages and touchpoints, not the map itself', () => {
    const doc = templateDoc('blank');
    const map = cleanMap(doc);
    const [first, second] = map.stages as [JourneyMap['stages'][number], JourneyMap['stages'][number]];
    doc.transact(() => {
      patchRecord(doc, 'stages', first.id, { childMapId: 'map_a' });
      patchRecord(doc, 'stages', second.id, { childMapId: 'map_gone', deleted: true });
      patchRecord(doc, 'stages', map.stages[2]!.id, { childMapId: 'map_self' });
    });
    const tp = addTouchpoint(doc, { stageId: first.id, title: 'Claim' });
    doc.transact(() => patchRecord(doc, 'touchpoints', tp, { childMapId: 'map_b' }));
    expect([...docChildMapIds(doc, 'map_self')].sort()).toEqual(['map_a', 'map_b']);
    expect(childMapIdsOf(cleanMap(doc), 'map_self').sort()).toEqual(['map_a', 'map_b']);
  });
});
