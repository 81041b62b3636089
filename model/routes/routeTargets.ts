import type { JourneyMap } from '../journeyMap';
import type { Touchpoint } from '../records/touchpoint';

/**
 * Whether a new route from → to makes sense: two different touchpoints of the map with no route
 * between them in that direction yet. (Drawing an existing route again would only rewrite it.)
 */
export function canRoute(map: JourneyMap, from: string, to: string): boolean {
  if (from === to || map.connections.some((c) => c.from === from && c.to === to)) return false;
  let ends = 0;
  for (const t of map.touchpoints) if (t.id === from || t.id === to) ends++;
  return ends === 2;
}

/** A touchpoint a route could go to, with its stage's name (titles repeat across stages). */
export interface RouteTarget {
  readonly touchpoint: Touchpoint;
  readonly stageName: string;
}

/**
 * The touchpoints a route from `fromId` could go to whose title contains `query` (any case, spaces
 * at the ends ignored), in map order: the card itself and the cards it already routes to are left out.
 */
export function routeTargets(map: JourneyMap, fromId: string, query: string): RouteTarget[] {
  const routed = new Set(map.connections.filter((c) => c.from === fromId).map((c) => c.to));
  const stages = new Map(map.stages.map((s) => [s.id, s.name]));
  const needle = query.trim().toLocaleLowerCase();
  return map.touchpoints
    .filter((t) => t.id !== fromId && !routed.has(t.id) && t.title.toLocaleLowerCase().includes(needle))
    .map((touchpoint) => ({ touchpoint, stageName: stages.get(touchpoint.stageId) ?? '' }));
}
