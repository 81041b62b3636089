import {
  ageLabel,
  failureDemandLedger,
  formatContacts,
  METRIC_KIND_TRAITS,
  readSeries,
  seriesByKey,
  type HubLedger,
  type JourneyMap,
  type MetricSeries,
  type Touchpoint,
  type Trend,
} from '../../../../model';
import { agoPhrase, longDate, seriesLabel } from '../../insights/vocText';

/**
 * The small figures a card shows, as plain values in its cache key (cardNode.ts compares keys field
 * by field, so an object here would rebuild the card on every update): a hub's ledger line, and the
 * latest VoC reading with its trend and age.
 */
export interface CardFigureFields {
  /** "4,200/mo · 38% failure"; absent for a card that is no hub or has no contacts routed in. */
  readonly hubFigures?: string;
  /** "CSAT 4.2": the latest value of the series the card shows. */
  readonly vocLabel?: string;
  readonly vocTrend?: Trend;
  /** "3 d", "4 mo" (model/metrics/series.ts `ageLabel`). */
  readonly vocAge?: string;
  /** Older than the map's `staleAfterDays`. */
  readonly vocStale?: boolean;
  /** "CSAT 4.2 from 310 answers, Medallia, 30 Nov 2026 — 3 days ago". */
  readonly vocTitle?: string;
}

/** What a card draws from its figures (nodeTypes.ts `figures`); absent when there is nothing to show. */
export interface CardFigures {
  readonly hub?: string;
  readonly voc?: {
    readonly label: string;
    readonly trend: Trend;
    readonly age: string;
    readonly stale: boolean;
    readonly title: string;
  };
}

/** What every card's figures read, worked out once per snapshot and day. */
export interface FigureContext {
  readonly hubs: ReadonlyMap<string, HubLedger>;
  readonly series: ReadonlyMap<string, readonly MetricSeries[]>;
  readonly today: string;
  readonly staleAfterDays: number;
}

/** Kept beside each snapshot (snapshots are immutable): a selection change rebuilds no series. */
const contexts = new WeakMap<JourneyMap, FigureContext>();

/** What the cards of one snapshot read on one day, worked out once. */
export function figureContext(map: JourneyMap, today: string): FigureContext {
  const kept = contexts.get(map);
  if (kept?.today === today) return kept;
  const made = buildFigureContext(map, today);
  contexts.set(map, made);
  return made;
}

function buildFigureContext(map: JourneyMap, today: string): FigureContext {
  const ledger = failureDemandLedger(map);
  const series = new Map<string, MetricSeries[]>();
  for (const s of seriesByKey(map.metrics).values()) {
    series.set(s.touchpointId, [...(series.get(s.touchpointId) ?? []), s]);
  }
  return {
    hubs: new Map(ledger.hubs.map((h) => [h.hubId, h])),
    series,
    today,
    staleAfterDays: map.settings.staleAfterDays,
  };
}

/** A card's figures for its key; only the fields that are known are present. */
export function cardFigureFields(ctx: FigureContext, tp: Touchpoint): CardFigureFields {
  const hub = ctx.hubs.get(tp.id);
  const out: { -readonly [K in keyof CardFigureFields]: CardFigureFields[K] } = {};
  const figures = hub && hubFigureText(hub);
  if (figures) out.hubFigures = figures;
  const series = shownSeries(tp, ctx.series.get(tp.id) ?? []);
  const reading =
    series && readSeries(series.points, METRIC_KIND_TRAITS[series.kind], ctx.today, ctx.staleAfterDays);
  if (series && reading) {
    const label = seriesLabel(series);
    const value = METRIC_KIND_TRAITS[series.kind].format(reading.latest.value);
    out.vocLabel = `${label} ${value}`;
    out.vocTrend = reading.trend;
    out.vocAge = ageLabel(reading.ageDays);
    out.vocStale = reading.stale;
    const { sample, source, date } = reading.latest;
    out.vocTitle = [
      `${label} ${value}`,
      sample !== undefined
        ? ` from ${sample.toLocaleString('en')} ${sample === 1 ? 'answer' : 'answers'}`
        : '',
      source ? `, ${source}` : '',
      `, ${longDate(date)} — ${agoPhrase(reading.ageDays)}`,
      reading.stale ? ` (stale: older than ${ctx.staleAfterDays} days)` : '',
    ].join('');
  }
  return out;
}

/** The key's fields as the card's data (one object, only when there is something to show). */
export function cardFigures(fields: CardFigureFields): CardFigures | undefined {
  const { hubFigures, vocLabel, vocTrend, vocAge, vocStale, vocTitle } = fields;
  const voc =
    vocLabel !== undefined && vocTrend !== undefined && vocAge !== undefined && vocTitle !== undefined
      ? { label: vocLabel, trend: vocTrend, age: vocAge, stale: vocStale === true, title: vocTitle }
      : undefined;
  if (hubFigures === undefined && voc === undefined) return undefined;
  return { ...(hubFigures !== undefined && { hub: hubFigures }), ...(voc && { voc }) };
}

/** "4,200/mo · 38% failure", "900/mo" while no route is tagged; undefined with no contacts at all. */
export function hubFigureText(
  hub: Pick<HubLedger, 'contacts' | 'failure' | 'value' | 'failureShare'>,
): string | undefined {
  if (hub.contacts <= 0) return undefined;
  const volume = `${formatContacts(hub.contacts)}/mo`;
  if (hub.failure + hub.value === 0) return volume;
  return `${volume} · ${Math.round(hub.failureShare * 100)}% failure`;
}

/**
 * The series a card shows: the kind its emotion follows (CSAT, NPS or CES), else the one measured
 * most recently (ties: NPS, CSAT, CES, custom order of seriesByKey).
 */
export function shownSeries(
  tp: Pick<Touchpoint, 'emotionSource'>,
  series: readonly MetricSeries[],
): MetricSeries | undefined {
  const followed = series.find((s) => s.kind === tp.emotionSource);
  if (followed) return followed;
  let best: MetricSeries | undefined;
  for (const s of series) {
    const date = s.points[s.points.length - 1]?.date ?? '';
    const bestDate = best?.points[best.points.length - 1]?.date ?? '';
    if (!best || date > bestDate) best = s;
  }
  return best;
}
