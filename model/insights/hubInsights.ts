import { isHub } from '../hub';
import type { JourneyMap } from '../journeyMap';
import { NOTE_KIND_TRAITS } from '../records/note';
import type { Touchpoint, Voc } from '../records/touchpoint';
import { emotionFor, usesTouchpoint } from '../personas/personaTouchpoint';
import { ALL_PERSONAS, type InsightPersona } from './momentsOfPain';
import { routeIndex, routesInto } from './routesInto';

export interface HubInbound {
  readonly touchpointId: string;
  readonly stageId: string;
  /** Connected straight into the hub; false when it arrives through another hub. */
  readonly direct: boolean;
}

/** What a contact-center leader brings to the leadership table about one hub (DOMAIN.md). */
export interface HubInsight {
  readonly touchpointId: string;
  readonly title: string;
  /** Touchpoints routing into the hub (see routesInto), in map order. */
  readonly inbound: readonly HubInbound[];
  /** The stages those routes come from, left to right, each once. */
  readonly inboundStageIds: readonly string[];
  /** Sum of the `volume` of direct inbound connections (a route without one counts 0). */
  readonly load: number;
  /** Share (0…1) of all pain-point notes that lead to the hub; 0 when the map has none. */
  readonly painShare: number;
  /** Average emotion of the inbound touchpoints; null when none. */
  readonly emotionBefore: number | null;
  /** The hub's own emotion (measured when its source is CSAT/NPS). */
  readonly emotionAt: number;
  /** Average emotion of the touchpoints the hub connects out to; null when none. */
  readonly emotionAfter: number | null;
  readonly voc: Voc | null;
}

/**
 * One insight per hub, busiest first: by load, then by number of inbound touchpoints, then map
 * order. A pain point "leads to" a hub when it is tied to the hub itself or to a touchpoint routing
 * into it. Pure over the snapshot.
 * `persona`: a persona id gives that persona's view: only the hubs it uses, and before/at/after in its
 * scores over the touchpoints it uses (routes, load and pain share stay the map's); 'all' (the
 * default) uses the map's own emotions.
 */
export function hubInsights(map: JourneyMap, persona: InsightPersona = ALL_PERSONAS): HubInsight[] {
  const all = persona === ALL_PERSONAS;
  const feel = (t: Touchpoint) => (all ? t.emotion : emotionFor(t, persona));
  const uses = (t: Touchpoint) => all || usesTouchpoint(t, persona);
  const { byId } = routeIndex(map);
  const into = groupBy(map.connections, (c) => c.to);
  const outOf = groupBy(map.connections, (c) => c.from);
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const painPoints = map.notes.filter((n) => NOTE_KIND_TRAITS[n.kind].isPain);
  const hubs = map.touchpoints.filter((t) => isHub(t) && uses(t));
  const insights = hubs.map((hub): HubInsight => {
    const routes = routesInto(map, hub.id);
    const direct = new Set(routes.directIds);
    const inboundTps = routes.touchpointIds.flatMap((id) => byId.get(id) ?? []);
    const outbound = (outOf.get(hub.id) ?? []).flatMap((c) => byId.get(c.to) ?? []);
    const leadsIn = new Set([hub.id, ...routes.touchpointIds]);
    const pains = painPoints.filter(
      (n) => n.touchpointId !== undefined && leadsIn.has(n.touchpointId),
    ).length;
    return {
      touchpointId: hub.id,
      title: hub.title,
      inbound: inboundTps.map((t) => ({ touchpointId: t.id, stageId: t.stageId, direct: direct.has(t.id) })),
      inboundStageIds: [...new Set(inboundTps.map((t) => t.stageId))].sort(
        (a, b) => (stageIndex.get(a) ?? 0) - (stageIndex.get(b) ?? 0),
      ),
      load: (into.get(hub.id) ?? []).reduce((sum, c) => sum + (c.volume ?? 0), 0),
      painShare: painPoints.length === 0 ? 0 : pains / painPoints.length,
      emotionBefore: averageEmotion(inboundTps.filter(uses), feel),
      emotionAt: feel(hub),
      emotionAfter: averageEmotion(outbound.filter(uses), feel),
      voc: hub.voc ?? null,
    };
  });
  const mapOrder = new Map(hubs.map((h, i) => [h.id, i]));
  return insights.sort(
    (a, b) =>
      b.load - a.load ||
      b.inbound.length - a.inbound.length ||
      (mapOrder.get(a.touchpointId) ?? 0) - (mapOrder.get(b.touchpointId) ?? 0),
  );
}

function averageEmotion(tps: readonly Touchpoint[], feel: (t: Touchpoint) => number): number | null {
  if (tps.length === 0) return null;
  return tps.reduce((sum, t) => sum + feel(t), 0) / tps.length;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
