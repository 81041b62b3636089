import { isHub } from '../hub';
import type { JourneyMap } from '../journeyMap';
import { hubInsights, type HubInsight } from './hubInsights';
import { momentsOfPain, type MomentOfPain } from './momentsOfPain';
import { ownership } from './ownership';

export interface MapSummary {
  readonly momentsOfPain: readonly MomentOfPain[];
  /** Every hub, busiest first (see hubInsights). */
  readonly hubsByLoad: readonly HubInsight[];
  readonly unownedCount: number;
  readonly touchpointCount: number;
  readonly hubCount: number;
}

/** The headline figures of a map, for the insights panel and the export's Summary block. */
export function mapSummary(map: JourneyMap): MapSummary {
  return {
    momentsOfPain: momentsOfPain(map),
    hubsByLoad: hubInsights(map),
    unownedCount: ownership(map).unownedIds.length,
    touchpointCount: map.touchpoints.length,
    hubCount: map.touchpoints.filter(isHub).length,
  };
}
