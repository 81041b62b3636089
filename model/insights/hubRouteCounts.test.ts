import { describe, expect, it } from 'vitest';
import { handMadeMap } from '../testing/insightMap';
import { hubInsights } from './hubInsights';
import {
  countInbound,
  hubBadgeTitle,
  hubRouteCounts,
  hubRouteCountsByHub,
  hubRoutesShort,
} from './hubRouteCounts';

describe('hub route counts', () => {
  it('counts routes straight in apart from touchpoints that come through another hub', () => {
    const { map, ids } = handMadeMap();
    // Phone (H1): B, N and Chat (H2) route straight in; A reaches it only through Chat.
    expect(hubRouteCounts(map, ids.H1)).toEqual({ direct: 3, viaHubs: 1 });
    expect(hubRouteCounts(map, ids.H2)).toEqual({ direct: 1, viaHubs: 0 });
    expect(hubRouteCounts(map, 'tp_unknown')).toEqual({ direct: 0, viaHubs: 0 });
  });

  it('gives the badge and the panels the same numbers', () => {
    const { map } = handMadeMap();
    const byHub = hubRouteCountsByHub(map);
    for (const insight of hubInsights(map)) {
      expect(countInbound(insight.inbound)).toEqual(byHub.get(insight.touchpointId));
    }
    expect([...byHub.keys()].sort()).toEqual(
      hubInsights(map)
        .map((h) => h.touchpointId)
        .sort(),
    );
  });

  it('is worked out again only when the routes or the hubs change', () => {
    const { map } = handMadeMap();
    expect(hubRouteCountsByHub({ ...map })).toBe(hubRouteCountsByHub(map));
    const fewerHubs = { ...map, touchpoints: map.touchpoints.map((t) => ({ ...t, hub: 'notHub' as const })) };
    expect(hubRouteCountsByHub(fewerHubs).size).toBe(0);
  });

  it('says "direct" and "via hubs" wherever both counts appear', () => {
    expect(hubRoutesShort({ direct: 3, viaHubs: 1 })).toBe('3 direct · 1 via hubs');
    expect(hubRoutesShort({ direct: 1, viaHubs: 0 })).toBe('1 direct');
    expect(hubBadgeTitle({ direct: 0, viaHubs: 1 })).toMatch(
      /0 direct routes in; 1 touchpoint routes in, 1 via/,
    );
    expect(hubBadgeTitle({ direct: 3, viaHubs: 2 })).toBe(
      'Contact-center hub: customers fall back on it. 3 direct routes in; 5 touchpoints route in, 2 via other hubs.',
    );
    expect(hubBadgeTitle({ direct: 1, viaHubs: 0 })).toBe(
      'Contact-center hub: customers fall back on it. 1 direct route in; none come via other hubs.',
    );
  });
});
