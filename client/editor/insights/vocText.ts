import { METRIC_KIND_TRAITS, type MetricSeries, type Trend } from '../../../model';

// How VoC readings are worded on cards, the emotion curve and the touchpoint panel.

/** "CSAT", or a custom metric's own name. */
export function seriesLabel(s: Pick<MetricSeries, 'kind' | 'name'>): string {
  return s.kind === 'custom' ? (s.name ?? 'Custom') : METRIC_KIND_TRAITS[s.kind].label;
}

/** "today", "yesterday", "3 days ago", "5 weeks ago", "4 months ago", "2 years ago". */
export function agoPhrase(ageDays: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;
  if (ageDays < 0) return `dated ${-ageDays} ${-ageDays === 1 ? 'day' : 'days'} ahead`;
  if (ageDays === 0) return 'today';
  if (ageDays === 1) return 'yesterday';
  if (ageDays < 14) return plural(ageDays, 'day');
  if (ageDays < 60) return plural(Math.round(ageDays / 7), 'week');
  if (ageDays < 730) return plural(Math.round(ageDays / 30), 'month');
  return plural(Math.round(ageDays / 365), 'year');
}

/** "30 Nov 2026" for a calendar day (`YYYY-MM-DD`), in UTC so no time zone shifts it. */
export function longDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The trend arrows (series.ts `Trend`): up is better for every kind. */
export const TREND_ARROWS: Readonly<Record<Trend, string>> = { up: '↑', down: '↓', flat: '→' };
