import { isHub } from '../hub';
import type { JourneyMap } from '../journeyMap';

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
  const byId = new Map(map.touchpoints.map((t) => [t.id, t]));
  const sourcesOf = new Map<string, string[]>();
  for (const c of map.connections) sourcesOf.set(c.to, [...(sourcesOf.get(c.to) ?? []), c.from]);
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
  const inMapOrder = (keep: (id: string) => boolean) => map.touchpoints.map((t) => t.id).filter(keep);
  return {
    touchpointIds: inMapOrder((id) => found.has(id)),
    viaHubs: inMapOrder((id) => found.has(id) && expanded.has(id)),
    directIds: inMapOrder((id) => id !== hubId && direct.has(id)),
  };
}
