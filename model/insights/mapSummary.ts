import { isHub } from '../hub';
import type { JourneyMap } from '../journeyMap';
import { hubInsights, type HubInsight } from './hubInsights';
import { ALL_PERSONAS, momentsOfPain, type InsightPersona, type MomentOfPain } from './momentsOfPain';
import { ownership } from './ownership';

export interface MapSummary {
  readonly momentsOfPain: readonly MomentOfPain[];
  /** Every hub, busiest first (see hubInsights). */
  readonly hubsByLoad: readonly HubInsight[];
  /** Cards that need an owner and have none (see `ownership`). */
  readonly unownedCount: number;
  /** Cards that need an owner, owned or not. */
  readonly needOwnerCount: number;
  readonly touchpointCount: number;
  readonly hubCount: number;
}

/**
 * The headline figures of a map, for the insights panel and the export's Summary block. `persona`:
 * moments of pain and hubs as one persona lives them (see momentsOfPain, hubInsights); 'all' = the map's.
 */
export function mapSummary(map: JourneyMap, persona: InsightPersona = ALL_PERSONAS): MapSummary {
  return {
    momentsOfPain: momentsOfPain(map, persona),
    hubsByLoad: hubInsights(map, persona),
    unownedCount: ownership(map).unownedIds.length,
    needOwnerCount: ownership(map).needOwnerCount,
    touchpointCount: map.touchpoints.length,
    hubCount: map.touchpoints.filter(isHub).length,
  };
}
