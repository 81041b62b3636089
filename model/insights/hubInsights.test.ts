import { describe, expect, it } from 'vitest';
import { handMadeMap } from '../testing/insightMap';
import { cleanMap, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import { hubInsights } from './hubInsights';

describe('hubInsights', () => {
  it('works out the hand-made map', () => {
    const { map, ids, stage } = handMadeMap();
    const { A, B, N, H1, H2 } = ids;
    expect(hubInsights(map)).toEqual([
      {
        touchpointId: H1,
        title: 'Phone',
        inbound: [
          { touchpointId: A, stageId: stage('Aware'), direct: false },
          { touchpointId: B, stageId: stage('Consider'), direct: true },
          { touchpointId: N, stageId: stage('Use'), direct: true },
          { touchpointId: H2, stageId: stage('Support'), direct: true },
        ],
        inboundStageIds: [stage('Aware'), stage('Consider'), stage('Use'), stage('Support')],
        load: 350, // 300 + 50 + 0 (N → H1 has no volume); A → H2's 100 is not direct
        painShare: 0.5, // p2 (on N) and p3 (on H2) of 4 pain points
        emotionBefore: -0.75, // (0 - 1 - 1 - 1) / 4
        emotionAt: 2, // CSAT 4.6 → 5 → +2, not the stored +1
        emotionAfter: -1, // R
        voc: { csat: 4.6 },
      },
      {
        touchpointId: H2,
        title: 'Chat',
        inbound: [{ touchpointId: A, stageId: stage('Aware'), direct: true }],
        inboundStageIds: [stage('Aware')],
        load: 100,
        painShare: 0.25, // p3 only
        emotionBefore: 0,
        emotionAt: -1,
        emotionAfter: 2, // H1, measured
        voc: null,
      },
    ]);
  });

  it('gives nothing on a map without hubs, and nulls and zeros for a hub nothing routes into', () => {
    expect(hubInsights(cleanMap(templateDoc()))).toEqual([]);
    const map = cleanMap(templateDoc('sample'));
    const ivr = hubInsights(map).find((h) => h.title === 'IVR menu');
    expect(ivr).toMatchObject({
      inbound: [],
      inboundStageIds: [],
      load: 0,
      emotionBefore: null,
      emotionAt: -2,
      emotionAfter: 1,
    });
  });

  it('on the sample map: Agent call first, with four inbound from two stages', () => {
    const map = cleanMap(templateDoc('sample'));
    const id = (title: string) => touchpointTitled(map, title).id;
    const stage = (name: string) => stageNamed(map, name).id;
    const insights = hubInsights(map);
    expect(insights.map((h) => h.title)).toEqual(['Agent call', 'Chat with bot', 'IVR menu']);
    expect(insights[0]).toEqual({
      touchpointId: id('Agent call'),
      title: 'Agent call',
      inbound: [
        { touchpointId: id('Status page'), stageId: stage('Self-diagnose'), direct: true },
        { touchpointId: id('Router app restart'), stageId: stage('Self-diagnose'), direct: false },
        { touchpointId: id('IVR menu'), stageId: stage('Contact support'), direct: true },
        { touchpointId: id('Chat with bot'), stageId: stage('Contact support'), direct: true },
      ],
      inboundStageIds: [stage('Self-diagnose'), stage('Contact support')],
      load: 0,
      painShare: 0, // the sample's pain points are tied to stages, not cards
      emotionBefore: -1.5, // (-1 - 2 - 2 - 1) / 4
      emotionAt: 1,
      emotionAfter: 0, // Appointment SMS
      voc: { csat: 4.2, sampleSize: 312, verbatims: ['the agent was incredibly efficient and polite'] },
    });
    expect(insights[1]).toMatchObject({ emotionBefore: -2, emotionAt: -1, emotionAfter: 1 });
  });
});
