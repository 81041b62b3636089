import { describe, expect, it } from 'vitest';
import { addTouchpoint } from '../commands/touchpoints';
import { handMadeMap } from '../testing/insightMap';
import { cleanMap, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import { momentsOfPain } from './momentsOfPain';

describe('momentsOfPain', () => {
  it('lists the lowest point and dips below 0 (curve 0, -1, -2, -1, -1, +2, -1)', () => {
    const { map, ids } = handMadeMap();
    expect(momentsOfPain(map)).toEqual([
      { touchpointId: ids.C, emotion: -2, kind: 'lowest' },
      { touchpointId: ids.R, emotion: -1, kind: 'dip' }, // after +2, and the curve ends
    ]);
  });

  it('lists ties at the lowest score and a plateau dip; nothing on a curve that stays ≥ 0', () => {
    const doc = templateDoc();
    const stageId = stageNamed(cleanMap(doc), 'Use').id;
    const add = (title: string, emotion: -2 | -1 | 0 | 1 | 2) =>
      addTouchpoint(doc, { stageId, title, emotion });
    const [a, b] = [add('a', 0), add('b', 1)];
    expect(momentsOfPain(cleanMap(doc))).toEqual([]);
    const c = add('c', -2);
    const d = add('d', 1);
    const e = add('e', -1);
    const f = add('f', -1);
    const g = add('g', 0);
    const h = add('h', -2);
    // Curve: a 0, b +1, c -2, d +1, e -1, f -1, g 0, h -2.
    expect(momentsOfPain(cleanMap(doc))).toEqual([
      { touchpointId: c, emotion: -2, kind: 'lowest' },
      { touchpointId: e, emotion: -1, kind: 'dip' },
      { touchpointId: f, emotion: -1, kind: 'dip' },
      { touchpointId: h, emotion: -2, kind: 'lowest' },
    ]);
    expect([a, b, d, g]).toHaveLength(4);
  });

  it('on the sample map: Router app restart and IVR menu at -2, Chat with bot dips to -1', () => {
    const map = cleanMap(templateDoc('sample'));
    const id = (title: string) => touchpointTitled(map, title).id;
    expect(momentsOfPain(map)).toEqual([
      { touchpointId: id('Router app restart'), emotion: -2, kind: 'lowest' },
      { touchpointId: id('IVR menu'), emotion: -2, kind: 'lowest' },
      { touchpointId: id('Chat with bot'), emotion: -1, kind: 'dip' },
    ]);
  });
});
