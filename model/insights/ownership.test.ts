import { describe, expect, it } from 'vitest';
import { handMadeMap } from '../testing/insightMap';
import { addTouchpoint } from '../commands/touchpoints';
import { cleanMap, laneOfKind, templateDoc, touchpointTitled } from '../testing/testMaps';
import { isUnowned } from './needsOwner';
import { mapSummary } from './mapSummary';
import { ownership } from './ownership';

describe('ownership', () => {
  it('groups trimmed names case-insensitively, alphabetically, and lists the unowned', () => {
    const { map, ids } = handMadeMap();
    expect(ownership(map)).toEqual({
      owners: [
        { owner: 'Contact center', touchpointIds: [ids.H2, ids.H1] },
        { owner: 'digital', touchpointIds: [ids.B, ids.C] },
        { owner: 'Marketing', touchpointIds: [ids.A] },
      ],
      unownedIds: [ids.N, ids.R],
      needOwnerCount: 7,
    });
  });

  it('on the sample map: Bill credit is the one unowned card', () => {
    const map = cleanMap(templateDoc('sample'));
    const { owners, unownedIds } = ownership(map);
    expect(owners.map((o) => [o.owner, o.touchpointIds.length])).toEqual([
      ['Contact center', 3],
      ['CX team', 1],
      ['Digital', 2],
      ['Field service', 2],
      ['Network ops', 2],
    ]);
    expect(unownedIds).toEqual([touchpointTitled(map, 'Bill credit').id]);
  });

  it('flags and counts only cards that need an owner: the Touchpoints lane, not backstage or customer actions', () => {
    const doc = templateDoc('sample');
    const map0 = cleanMap(doc);
    const stageId = map0.stages[0]!.id;
    const backstage = addTouchpoint(doc, { stageId, laneId: laneOfKind(map0, 'backstage').id });
    addTouchpoint(doc, { stageId, laneId: laneOfKind(map0, 'actions').id });
    const owned = addTouchpoint(doc, { stageId, laneId: laneOfKind(map0, 'backstage').id, owner: 'IT' });
    const map = cleanMap(doc);
    const { owners, unownedIds, needOwnerCount } = ownership(map);
    expect(unownedIds).toEqual([touchpointTitled(map, 'Bill credit').id]);
    expect(needOwnerCount).toBe(11);
    expect(
      isUnowned(
        map.lanes,
        map.touchpoints.find((t) => t.id === backstage)!,
      ),
    ).toBe(false);
    expect(isUnowned(map.lanes, touchpointTitled(map, 'Bill credit'))).toBe(true);
    // An owned backstage card is still its team's: the owner filter shows it.
    expect(owners.find((o) => o.owner === 'IT')?.touchpointIds).toEqual([owned]);
    expect(mapSummary(map)).toMatchObject({ unownedCount: 1, needOwnerCount: 11, touchpointCount: 14 });
  });
});

describe('mapSummary', () => {
  it('puts the headline figures together', () => {
    const { map, ids } = handMadeMap();
    const summary = mapSummary(map);
    expect(summary.momentsOfPain.map((m) => m.touchpointId)).toEqual([ids.C, ids.R]);
    expect(summary.hubsByLoad.map((h) => [h.touchpointId, h.load, h.inbound.length])).toEqual([
      [ids.H1, 350, 4],
      [ids.H2, 100, 1],
    ]);
    expect(summary).toMatchObject({ unownedCount: 2, touchpointCount: 7, hubCount: 2 });
  });

  it('on the sample map', () => {
    const summary = mapSummary(cleanMap(templateDoc('sample')));
    expect(summary).toMatchObject({ unownedCount: 1, touchpointCount: 11, hubCount: 3 });
    expect(summary.hubsByLoad.map((h) => h.title)).toEqual(['Agent call', 'Chat with bot', 'IVR menu']);
  });
});
