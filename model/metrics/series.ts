import type { JourneyMap } from '../journeyMap';
import type { MetricKind, MetricPoint } from '../records/metric';

/** Days between two calendar dates (`YYYY-MM-DD`), b − a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Today as a calendar date in UTC (`YYYY-MM-DD`); tests pass their own `now`. */
export function isoDay(now: number = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** The key of one series: a touchpoint, a kind and (custom metrics) a name. */
export function seriesKey(p: Pick<MetricPoint, 'touchpointId' | 'kind' | 'name'>): string {
  return `${p.touchpointId}\u0000${p.kind}\u0000${p.kind === 'custom' ? (p.name ?? '') : ''}`;
}

/** Oldest first; the same date ordered by id, so every reader agrees which point is the latest. */
export function compareMetricPoints(a: MetricPoint, b: MetricPoint): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One touchpoint's measurements of one kind (and name), oldest first. */
export interface MetricSeries {
  readonly touchpointId: string;
  readonly kind: MetricKind;
  readonly name?: string;
  readonly points: readonly MetricPoint[];
}

/** Every series of the map, by `seriesKey`, points oldest first. */
export function seriesByKey(metrics: readonly MetricPoint[]): ReadonlyMap<string, MetricSeries> {
  const groups = new Map<string, MetricPoint[]>();
  for (const p of metrics) {
    const key = seriesKey(p);
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const out = new Map<string, MetricSeries>();
  for (const [key, points] of groups) {
    points.sort(compareMetricPoints);
    const first = points[0]!;
    out.set(key, {
      touchpointId: first.touchpointId,
      kind: first.kind,
      ...(first.kind === 'custom' && first.name !== undefined ? { name: first.name } : {}),
      points,
    });
  }
  return out;
}

/** The latest point of each (touchpoint, kind) for NPS, CSAT and CES: what emotion from data reads. */
export function latestStandardPoints(
  metrics: readonly MetricPoint[],
): ReadonlyMap<string, ReadonlyMap<MetricKind, MetricPoint>> {
  const out = new Map<string, Map<MetricKind, MetricPoint>>();
  for (const p of metrics) {
    if (p.kind === 'custom') continue;
    let byKind = out.get(p.touchpointId);
    if (!byKind) out.set(p.touchpointId, (byKind = new Map<MetricKind, MetricPoint>()));
    const prev = byKind.get(p.kind);
    if (!prev || compareMetricPoints(prev, p) < 0) byKind.set(p.kind, p);
  }
  return out;
}

export type Trend = 'up' | 'down' | 'flat';

/** How a series is doing: its latest point, the change since the one before, and its age. */
export interface SeriesReading {
  readonly latest: MetricPoint;
  readonly previous: MetricPoint | null;
  /** Latest − previous (null with one point). For every kind here, higher is better. */
  readonly delta: number | null;
  /**
   * `flat` when the change is under 1% of the kind's scale (a custom metric, which has no agreed
   * scale: under 1% of the previous value), or there is one point.
   */
  readonly trend: Trend;
  /** Days since the latest point (0 = today; negative for a date in the future). */
  readonly ageDays: number;
  /** Older than the map's `staleAfterDays`. */
  readonly stale: boolean;
}

/** Reads a series (oldest first, at least one point) as of `today` against the map's threshold. */
export function readSeries(
  points: readonly MetricPoint[],
  scale: { readonly min: number; readonly max: number },
  today: string,
  staleAfterDays: number,
): SeriesReading | null {
  const latest = points[points.length - 1];
  if (!latest) return null;
  const previous = points.length > 1 ? points[points.length - 2]! : null;
  const delta = previous ? latest.value - previous.value : null;
  const threshold = FLAT_BAND * flatBandBase(scale, previous?.value ?? 0);
  const trend: Trend = delta === null || Math.abs(delta) < threshold ? 'flat' : delta > 0 ? 'up' : 'down';
  const ageDays = daysBetween(latest.date, today);
  return { latest, previous, delta, trend, ageDays, stale: isStaleDate(latest.date, today, staleAfterDays) };
}

/** A change under this share of the scale reads as flat. */
const FLAT_BAND = 0.01;
/** Scales wider than this are not real scales (custom metrics take any number). */
const WIDEST_SCALE = 1e6;

/**
 * What the flat band is 1% of: the kind's scale (NPS 200 points, CSAT 4), or for a custom metric the
 * previous value's size (1 when it was 0), so "FCR 50 → 80 %" reads as up, not flat against ±1e9.
 */
function flatBandBase(scale: { readonly min: number; readonly max: number }, previous: number): number {
  const span = scale.max - scale.min;
  if (Number.isFinite(span) && span > 0 && span <= WIDEST_SCALE) return span;
  return Math.abs(previous) || 1;
}

/** A point dated more than `staleAfterDays` before `today` is stale. */
export function isStaleDate(date: string, today: string, staleAfterDays: number): boolean {
  return daysBetween(date, today) > staleAfterDays;
}

/** "today", "3 d", "5 wk", "4 mo", "2 y": a card's age label. */
export function ageLabel(ageDays: number): string {
  if (ageDays <= 0) return 'today';
  if (ageDays < 14) return `${ageDays} d`;
  if (ageDays < 60) return `${Math.round(ageDays / 7)} wk`;
  if (ageDays < 730) return `${Math.round(ageDays / 30)} mo`;
  return `${Math.round(ageDays / 365)} y`;
}

/**
 * Touchpoints whose emotion comes from a metric point older than the map's threshold on `today`
 * (their `emotionDate`): the curve draws them hollow, with a dashed ring.
 */
export function staleEmotionIds(
  map: Pick<JourneyMap, 'touchpoints' | 'settings'>,
  today: string,
): ReadonlySet<string> {
  const out = new Set<string>();
  for (const t of map.touchpoints)
    if (t.emotionDate !== undefined && isStaleDate(t.emotionDate, today, map.settings.staleAfterDays))
      out.add(t.id);
  return out;
}
