import { isHub } from '../hub';
import type { JourneyMap } from '../journeyMap';
import type { Connection } from '../records/connection';
import type { HubInbound } from './hubInsights';
import { routesInto } from './routesInto';

/**
 * The two counts of a hub's routes in, which differ and must say so wherever both appear: a card's
 * HUB badge counts the routes drawn straight into it, while the hub view, the Hubs panel and the
 * Summary list every touchpoint whose customers reach it, some through other hubs (routesInto).
 */
export interface HubRouteCounts {
  /** Touchpoints with a route straight into the hub: the arrows that end on its card. */
  readonly direct: number;
  /** Touchpoints that reach it only through another hub (A → chat → phone counts A for phone). */
  readonly viaHubs: number;
}

/** The counts for one hub of a map (an unknown id counts nothing). */
export function hubRouteCounts(map: JourneyMap, hubId: string): HubRouteCounts {
  const routes = routesInto(map, hubId);
  return { direct: routes.directIds.length, viaHubs: routes.touchpointIds.length - routes.directIds.length };
}

/**
 * Every hub's counts, by hub id. Worked out again only when the routes or the set of hubs change,
 * not on every edit: the canvas asks on each one, for every card of a map that may have 500.
 */
export function hubRouteCountsByHub(map: JourneyMap): ReadonlyMap<string, HubRouteCounts> {
  const hubs = map.touchpoints.filter(isHub).map((t) => t.id);
  const key = hubs.join(' ');
  const cached = countsByRoutes.get(map.connections);
  if (cached?.key === key) return cached.counts;
  const counts = new Map(hubs.map((id) => [id, hubRouteCounts(map, id)]));
  countsByRoutes.set(map.connections, { key, counts });
  return counts;
}
const countsByRoutes = new WeakMap<
  readonly Connection[],
  { key: string; counts: ReadonlyMap<string, HubRouteCounts> }
>();

/** The same counts from a hub insight's inbound list. */
export function countInbound(inbound: readonly Pick<HubInbound, 'direct'>[]): HubRouteCounts {
  let direct = 0;
  for (const r of inbound) if (r.direct) direct++;
  return { direct, viaHubs: inbound.length - direct };
}

/**
 * "3 direct · 1 via hubs" (just "3 direct" when none comes through a hub): how the Hubs panel, the
 * Summary and the export's Summary say it, so their count reads against the badge's "3 in".
 */
export function hubRoutesShort({ direct, viaHubs }: HubRouteCounts): string {
  return viaHubs > 0 ? `${direct} direct · ${viaHubs} via hubs` : `${direct} direct`;
}

/** The HUB badge's hover text: what its "N in" counts, and how that meets the Summary's count. */
export function hubBadgeTitle({ direct, viaHubs }: HubRouteCounts): string {
  const routes = `${direct} direct ${direct === 1 ? 'route' : 'routes'} in`;
  if (viaHubs === 0)
    return `Contact-center hub: customers fall back on it. ${routes}; none come via other hubs.`;
  const total = direct + viaHubs;
  return (
    `Contact-center hub: customers fall back on it. ${routes}; ` +
    `${total} ${total === 1 ? 'touchpoint routes' : 'touchpoints route'} in, ${viaHubs} via other hubs.`
  );
}
