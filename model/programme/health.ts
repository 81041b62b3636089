import type { JourneyMap } from '../journeyMap';
import { isUnowned, needsOwner } from '../insights/needsOwner';
import { EVIDENCE_TRAITS } from '../records/evidence';
import { NOTE_KIND_TRAITS } from '../records/note';
import { isoDay, isStaleDate } from '../metrics/series';
import { countMapActions } from './actionStatus';
import { evidenceOf, measuredTouchpointIds } from './evidence';

/**
 * The map health score (README "Map health"), 0…100, from five shares, each 0…1 (1 when there is
 * nothing to count), weighted:
 *
 * | part      | weight | share                                                                     |
 * | --------- | -----: | ------------------------------------------------------------------------- |
 * | owners    |     30 | touchpoints that need an owner and have one ÷ touchpoints that need one     |
 * | evidence  |     25 | Σ evidence weight (measured 1, observed ½, assumed 0) ÷ touchpoints + pain points |
 * | freshness |     15 | touchpoints with metric points whose latest point is not stale ÷ those with points |
 * | actions   |     15 | open actions not overdue ÷ open actions                                     |
 * | comments  |     15 | resolved threads ÷ threads                                                 |
 *
 * score = round(100 × Σ weight × share ÷ 100). The next step names the part that loses the most points.
 */
export const HEALTH_WEIGHTS = { owners: 30, evidence: 25, freshness: 15, actions: 15, comments: 15 } as const;
export type HealthPart = keyof typeof HEALTH_WEIGHTS;

export interface HealthPartScore {
  readonly part: HealthPart;
  /** 0…1. */
  readonly share: number;
  /** Points this part loses: weight × (1 − share). */
  readonly lost: number;
  /** How many things hold it back (3 unowned touchpoints); 0 when none. */
  readonly missing: number;
  /** What to do about it, e.g. "3 touchpoints have no owner"; null when nothing is missing. */
  readonly step: string | null;
}

export interface MapHealth {
  readonly score: number;
  readonly parts: readonly HealthPartScore[];
  /** The step that gains the most points; null when the map is in full health. */
  readonly next: string | null;
}

/** Comment threads: counted from the map's comments doc (server) or the comments store (client). */
export interface ThreadCounts {
  readonly total: number;
  readonly open: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function mapHealth(map: JourneyMap, threads: ThreadCounts, now: number = Date.now()): MapHealth {
  const today = isoDay(now);
  const owned = map.touchpoints.filter((t) => needsOwner(map.lanes, t));
  const unowned = owned.filter((t) => isUnowned(map.lanes, t)).length;

  const measured = measuredTouchpointIds(map);
  const cards = [...map.touchpoints, ...map.notes.filter((n) => NOTE_KIND_TRAITS[n.kind].isPain)];
  const weights = cards.map((c) => EVIDENCE_TRAITS[evidenceOf(c, measured)].weight);
  const assumed = cards.filter((c) => evidenceOf(c, measured) === 'assumed').length;

  const latest = new Map<string, string>();
  for (const m of map.metrics)
    if ((latest.get(m.touchpointId) ?? '') < m.date) latest.set(m.touchpointId, m.date);
  const stale = [...latest.values()].filter((d) => isStaleDate(d, today, map.settings.staleAfterDays)).length;

  const actions = countMapActions(map.actions, today);

  const part = (name: HealthPart, share: number, missing: number, step: string): HealthPartScore => ({
    part: name,
    share,
    lost: HEALTH_WEIGHTS[name] * (1 - share),
    missing,
    step: missing > 0 ? step : null,
  });
  const parts = [
    part(
      'owners',
      owned.length === 0 ? 1 : 1 - unowned / owned.length,
      unowned,
      `${plural(unowned, 'touchpoint has', 'touchpoints have')} no owner`,
    ),
    part(
      'evidence',
      cards.length === 0 ? 1 : weights.reduce((s, w) => s + w, 0) / cards.length,
      assumed,
      `${plural(assumed, 'card is', 'cards are')} assumed: add research or data`,
    ),
    part(
      'freshness',
      latest.size === 0 ? 1 : 1 - stale / latest.size,
      stale,
      `${plural(stale, 'touchpoint has', 'touchpoints have')} data older than ${map.settings.staleAfterDays} days`,
    ),
    part(
      'actions',
      actions.open === 0 ? 1 : 1 - actions.overdue / actions.open,
      actions.overdue,
      `${plural(actions.overdue, 'action is', 'actions are')} overdue`,
    ),
    part(
      'comments',
      threads.total === 0 ? 1 : 1 - threads.open / threads.total,
      threads.open,
      `${plural(threads.open, 'comment thread is', 'comment threads are')} unresolved`,
    ),
  ];
  const total = parts.reduce((s, p) => s + HEALTH_WEIGHTS[p.part] * p.share, 0);
  const worst = [...parts].filter((p) => p.step !== null).sort((a, b) => b.lost - a.lost)[0];
  return { score: Math.round(total), parts, next: worst?.step ?? null };
}
