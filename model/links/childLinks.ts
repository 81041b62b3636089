import type { JourneyMap } from '../journeyMap';
import type { MapLinkHolder } from '../records/mapLink';

/** One stage or touchpoint of a map that names a child map (issue 21). */
export interface ChildLinkRef {
  readonly holder: MapLinkHolder;
  /** The stage's or touchpoint's id. */
  readonly holderId: string;
  /** The child map. */
  readonly mapId: string;
}

/**
 * The map's links to child maps: its stages first (left to right), then its touchpoints (map order),
 * one per holder. A link to the map itself (`selfId`) is ignored: a map is not its own detail.
 */
export function childLinksOf(
  map: Pick<JourneyMap, 'stages' | 'touchpoints'>,
  selfId?: string,
): ChildLinkRef[] {
  const out: ChildLinkRef[] = [];
  const seen = new Set<string>();
  const add = (holder: MapLinkHolder, holderId: string, mapId: string | undefined) => {
    if (mapId === undefined || mapId === selfId) return;
    const key = `${holder} ${holderId}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ holder, holderId, mapId });
  };
  for (const stage of map.stages) add('stage', stage.id, stage.childMapId);
  for (const tp of map.touchpoints) add('touchpoint', tp.id, tp.childMapId);
  return out;
}

/** The distinct child maps a map links, in the order of their first link (the maps list, parents). */
export function childMapIdsOf(map: Pick<JourneyMap, 'stages' | 'touchpoints'>, selfId?: string): string[] {
  return [...new Set(childLinksOf(map, selfId).map((link) => link.mapId))];
}
