import { isHub } from '../hub';
import { isOnCurve, isUnowned } from '../insights/needsOwner';
import type { JourneyMap } from '../journeyMap';
import { isoDay } from '../metrics/series';
import { countMapActions } from '../programme/actionStatus';
import type { MapRollup } from './linksApi';

/**
 * A child map's figures as its parent shows them (issue 21), from the child's snapshot:
 * - `averageEmotion`: the mean emotion (as read: VoC-derived emotions included) of the touchpoints
 *   on the emotion curve (the lanes whose cards the curve draws), rounded to 2 decimals; null when
 *   the curve has none;
 * - `touchpoints`: every card of the map;
 * - `hubs` and `hubLoad`: the hub touchpoints, and the contacts routed straight into them (each
 *   route's `volume`, a route without one counting as one contact);
 * - `openActions` / `overdueActions`: as the map's header counts them, judged on `now`'s day;
 * - `unownedTouchpoints`: cards in lanes that need an owner, with none.
 */
export function rollupOf(map: JourneyMap, now: number): MapRollup {
  const onCurve = map.touchpoints.filter((t) => isOnCurve(map.lanes, t));
  const hubIds = new Set(map.touchpoints.filter(isHub).map((t) => t.id));
  let hubLoad = 0;
  for (const route of map.connections) {
    if (route.from !== route.to && hubIds.has(route.to)) hubLoad += route.volume ?? 1;
  }
  const actions = countMapActions(map.actions, isoDay(now));
  return {
    averageEmotion: onCurve.length === 0 ? null : round2(mean(onCurve.map((t) => t.emotion))),
    touchpoints: map.touchpoints.length,
    hubs: hubIds.size,
    hubLoad,
    openActions: actions.open,
    overdueActions: actions.overdue,
    unownedTouchpoints: map.touchpoints.filter((t) => isUnowned(map.lanes, t)).length,
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
