import { describe, expect, it } from 'vitest';
import { parseMapFile } from '../export/mapFile';
import { authorMap } from './authorMap';
import { action, card, opportunity, pain, route, stage, type MapSpec } from './mapSpec';

const info = { title: 'T', persona: 'P', goal: 'G', scenario: 'S' };
const base: MapSpec = {
  info,
  stages: [
    stage('Order', card('Checkout', 'web', 'Digital', 1), card('Sales chat', 'chat', 'Care', 0)),
    stage('Deliver', card('Tracking', 'web', 'Logistics', -1)),
  ],
};

describe('authorMap', () => {
  it('turns names into references: a route, a note on a card, a note on a stage, an action', () => {
    const file = authorMap(
      {
        ...base,
        routes: [route('Tracking', 'Sales chat', 40, 'failure')],
        notes: [
          pain('Tracking', 'No detail', ['Courier feed is coarse']),
          opportunity('Order', 'Fit advice', 'emotion', 'Merch', [
            action('Show fit notes', 'Merch', { dueInDays: 10, touchpoints: ['Checkout'] }),
          ]),
        ],
      },
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(parseMapFile(file).ok).toBe(true);
    const { touchpoints, connections, notes, actions = [], stages } = file.map;
    const id = (title: string) => touchpoints.find((t) => t.title === title)!.id;
    expect(connections).toEqual([
      expect.objectContaining({ from: id('Tracking'), to: id('Sales chat'), volume: 40, demand: 'failure' }),
    ]);
    expect(notes.map((n) => [n.text, n.touchpointId, stages.find((s) => s.id === n.stageId)!.name])).toEqual([
      ['No detail', id('Tracking'), 'Deliver'],
      ['Fit advice', undefined, 'Order'],
    ]);
    expect(actions).toEqual([
      expect.objectContaining({
        status: 'idea',
        owner: 'Merch',
        due: '2026-01-11',
        touchpointIds: [id('Checkout')],
      }),
    ]);
  });

  it('orders stages and cards by fractional keys, in the order written', () => {
    const { stages, touchpoints } = authorMap(base).map;
    expect(stages[0]!.order < stages[1]!.order).toBe(true);
    const [a, b] = touchpoints.filter((t) => t.stageId === stages[0]!.id);
    expect(a!.title).toBe('Checkout');
    expect(a!.order < b!.order).toBe(true);
  });

  it('throws on a name that points nowhere, a title used twice, or a name that is both card and stage', () => {
    expect(() => authorMap({ ...base, routes: [route('Tracking', 'Nowhere', 1)] })).toThrow(
      'no card "Nowhere"',
    );
    expect(() => authorMap({ ...base, notes: [pain('Return', 'x', [])] })).toThrow(
      'no card or stage "Return"',
    );
    expect(() =>
      authorMap({ ...base, stages: [...base.stages, stage('Again', card('Tracking', 'web', 'X', 0))] }),
    ).toThrow('card title "Tracking" is used twice');
    expect(() =>
      authorMap({ ...base, stages: [...base.stages, stage('Checkout', card('Pay', 'web', 'X', 0))] }),
    ).not.toThrow();
    expect(() =>
      authorMap({
        ...base,
        stages: [...base.stages, stage('Checkout', card('Pay', 'web', 'X', 0))],
        notes: [pain('Checkout', 'x', [])],
      }),
    ).toThrow('"Checkout" is a card and a stage');
    expect(() =>
      authorMap({ ...base, stages: [stage('Order', card('X', 'web', 'Y', 0, { lane: 'nope' }))] }),
    ).toThrow('no lane "nope"');
  });
});
