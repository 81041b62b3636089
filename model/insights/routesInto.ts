import { isHub } from '../hub';
import type { JourneyMap } from '../journeyMap';
import type { Touchpoint } from '../records/touchpoint';
import { oncePerSnapshot } from './oncePerSnapshot';

export interface HubRoutes {
  /** Every touchpoint whose routes lead into the hub, in map order (the hub itself left out). */
  readonly touchpointIds: readonly string[];
  /** The other hubs among them, whose own inbound routes were followed too, in map order. */
  readonly viaHubs: readonly string[];
  /** The ones with a connection straight into the hub. */
  readonly directIds: readonly string[];
}

/**
 * Which touchpoints route into a hub (DOMAIN.md's hub view): those connected straight to it, and,
 * transitively, those connected into another hub that routes into it — customers who fell back on
 * one contact-center channel and were passed on. Only hubs are followed through: in A → hub2 → hub,
 * A counts (via hub2); in A → nonHub → hub only nonHub counts, because A's customers may never have
 * reached the contact center. Cycles are safe; an unknown id gives empty lists.
 */
export function routesInto(map: JourneyMap, hubId: string): HubRoutes {
  const { byId, sourcesOf, order } = routeIndex(map);
  const found = new Set<string>();
  const expanded = new Set<string>([hubId]);
  const queue = [hubId];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const from of sourcesOf.get(next) ?? []) {
      if (from === hubId) continue;
      found.add(from);
      const tp = byId.get(from);
      if (tp && isHub(tp) && !expanded.has(from)) {
        expanded.add(from);
        queue.push(from);
      }
    }
  }
  const direct = new Set(sourcesOf.get(hubId) ?? []);
  const inMapOrder = (ids: Iterable<string>, keep: (id: string) => boolean) =>
    [...ids].filter((id) => keep(id) && order.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
  return {
    touchpointIds: inMapOrder(found, () => true),
    viaHubs: inMapOrder(found, (id) => expanded.has(id)),
    directIds: inMapOrder(direct, (id) => id !== hubId),
  };
}

/** What routesInto needs from a snapshot, built once per snapshot (every hub of a map shares it). */
export interface RouteIndex {
  readonly byId: ReadonlyMap<string, Touchpoint>;
  /** Touchpoint id → the ids connected into it, in connection order. */
  readonly sourcesOf: ReadonlyMap<string, readonly string[]>;
  /** Touchpoint id → its position in map order. */
  readonly order: ReadonlyMap<string, number>;
}

export const routeIndex: (map: JourneyMap) => RouteIndex = oncePerSnapshot((map) => {
  const sourcesOf = new Map<string, string[]>();
  for (const c of map.connections) {
    const list = sourcesOf.get(c.to);
    if (list) list.push(c.from);
    else sourcesOf.set(c.to, [c.from]);
  }
  return {
    byId: new Map(map.touchpoints.map((t) => [t.id, t])),
    sourcesOf,
    order: new Map(map.touchpoints.map((t, i) => [t.id, i])),
  };
});
