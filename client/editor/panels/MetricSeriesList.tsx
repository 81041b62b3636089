import './metricSeries.css';
import { useId, useMemo } from 'react';
import { isoDay, METRIC_KIND_TRAITS, readSeries, seriesByKey, type MetricSeries } from '../../../model';
import { useCanEdit } from '../access/useAccess';
import { agoPhrase, longDate, seriesLabel, TREND_ARROWS } from '../insights/vocText';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';

/** How many of a series' points the panel lists, newest first. */
const POINTS_SHOWN = 5;

/**
 * The card's metric series (pushed through the API or uploaded as CSV): each with its latest
 * points — date, value, sample, source — newest first, stale ones marked, and a way to delete a
 * wrong point.
 */
export function MetricSeriesList({ touchpointId }: { touchpointId: string }) {
  const metrics = useEditor((s) => s.map?.metrics);
  const staleAfterDays = useEditor((s) => s.map?.settings.staleAfterDays ?? 90);
  const headingId = useId();
  const series = useMemo(
    () => [...seriesByKey(metrics ?? []).values()].filter((s) => s.touchpointId === touchpointId),
    [metrics, touchpointId],
  );
  return (
    <div className="sp-field" data-testid="metric-series">
      <span className="sp-label" id={headingId}>
        Measured data
      </span>
      {series.length === 0 ? (
        <p className="sp-empty">
          No data yet: push metric points through the API or upload a CSV (README “Live VoC data”).
        </p>
      ) : (
        <ul className="metric-series" aria-labelledby={headingId}>
          {series.map((s) => (
            <SeriesItem key={`${s.kind}:${s.name ?? ''}`} series={s} staleAfterDays={staleAfterDays} />
          ))}
        </ul>
      )}
    </div>
  );
}

function SeriesItem({ series, staleAfterDays }: { series: MetricSeries; staleAfterDays: number }) {
  const actions = useEditorActions();
  const canEdit = useCanEdit();
  const today = isoDay();
  const traits = METRIC_KIND_TRAITS[series.kind];
  const label = seriesLabel(series);
  const reading = readSeries(series.points, traits, today, staleAfterDays);
  const newest = [...series.points].reverse().slice(0, POINTS_SHOWN);
  return (
    <li className="metric-series-item">
      <div className="metric-series-head">
        <strong>{label}</strong>
        {reading && (
          <span className={`metric-series-latest${reading.stale ? ' is-stale' : ''}`}>
            {traits.format(reading.latest.value)} {TREND_ARROWS[reading.trend]} ·{' '}
            {reading.stale ? `stale, ${agoPhrase(reading.ageDays)}` : agoPhrase(reading.ageDays)}
          </span>
        )}
        <span className="metric-series-count">
          {series.points.length} {series.points.length === 1 ? 'point' : 'points'}
        </span>
      </div>
      <table className="metric-points" aria-label={`${label} points`}>
        <tbody>
          {newest.map((p) => (
            <tr key={p.id} data-testid="metric-point">
              <td>{longDate(p.date)}</td>
              <td className="metric-value">{traits.format(p.value)}</td>
              <td className="metric-sample">
                {p.sample !== undefined ? `n=${p.sample.toLocaleString('en')}` : ''}
              </td>
              <td className="metric-source" title={p.source}>
                {p.source ?? ''}
              </td>
              <td className="metric-delete">
                {canEdit && (
                  <button
                    type="button"
                    className="sp-icon-btn"
                    aria-label={`Delete ${label} ${traits.format(p.value)} of ${longDate(p.date)}`}
                    title="Delete this point (a wrong upload)"
                    onClick={() => actions.deleteMetricPoint(p.id)}
                  >
                    ✕
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {series.points.length > POINTS_SHOWN && (
        <p className="sp-hint">and {series.points.length - POINTS_SHOWN} older</p>
      )}
    </li>
  );
}
