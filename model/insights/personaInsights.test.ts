import { describe, expect, it } from 'vitest';
import { setPersonaUse } from '../personas/personaCommands';
import { cleanMap } from '../testing/testMaps';
import { DANA, personaMap, SAM } from '../testing/personaMap';
import { hubInsights } from './hubInsights';
import { momentsOfPain } from './momentsOfPain';

describe('insights per persona on the hand-worked map (testing/personaMap.ts)', () => {
  const { doc, map, ids, stage } = personaMap();
  const { T1, T2, T3 } = ids;

  it('finds each persona’s moments of pain on its own curve', () => {
    // All: 0, -1, -1, +1: the plateau T2–T3 is the lowest.
    expect(momentsOfPain(map)).toEqual([
      { touchpointId: T2, emotion: -1, kind: 'lowest' },
      { touchpointId: T3, emotion: -1, kind: 'lowest' },
    ]);
    expect(momentsOfPain(map, 'all')).toEqual(momentsOfPain(map));
    // Dana: +1, -2, 0, +1: only the checkout hurts.
    expect(momentsOfPain(map, DANA.id)).toEqual([{ touchpointId: T2, emotion: -2, kind: 'lowest' }]);
    // Sam: -1, -1, -2 (no T4): the phone is the lowest; the -1 run before it is no dip (it goes down).
    expect(momentsOfPain(map, SAM.id)).toEqual([{ touchpointId: T3, emotion: -2, kind: 'lowest' }]);
  });

  it('reads hub emotion before, at and after in each persona’s scores', () => {
    const common = {
      touchpointId: T3,
      title: 'Phone',
      inbound: [
        { touchpointId: T1, stageId: stage('Aware'), direct: true },
        { touchpointId: T2, stageId: stage('Buy'), direct: true },
      ],
      inboundStageIds: [stage('Aware'), stage('Buy')],
      load: 150,
      painShare: 0,
      voc: null,
    };
    expect(hubInsights(map)).toEqual([
      { ...common, emotionBefore: -0.5, emotionAt: -1, emotionAfter: 1 }, // (0 - 1) / 2; T4
    ]);
    expect(hubInsights(map, DANA.id)).toEqual([
      { ...common, emotionBefore: -0.5, emotionAt: 0, emotionAfter: 1 }, // (1 - 2) / 2; T4 (+1, the card's)
    ]);
    expect(hubInsights(map, SAM.id)).toEqual([
      { ...common, emotionBefore: -1, emotionAt: -2, emotionAfter: null }, // (-1 - 1) / 2; Sam skips T4
    ]);
  });

  it('leaves out a hub the persona does not use', () => {
    setPersonaUse(doc, T3, DANA.id, false);
    const after = cleanMap(doc);
    expect(hubInsights(after, DANA.id)).toEqual([]);
    expect(hubInsights(after, SAM.id)).toHaveLength(1);
    expect(momentsOfPain(after, DANA.id)).toEqual([{ touchpointId: T2, emotion: -2, kind: 'lowest' }]);
  });
});
