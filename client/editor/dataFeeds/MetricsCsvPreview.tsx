import type { MetricsCsvPlan } from '../../../model';
import { cardTitles, csvCounts, csvCountsLine, metricLabel, valueText } from './metricsCsvView';
import type { JourneyMap } from '../../../model';

/** Rows the table lists; the count line covers all of them. */
const PREVIEW_ROWS = 300;

/**
 * What the import will write, row by row: the card each row found, its metric, value and date (or
 * its verbatim), and in red what is wrong with a row. Any error blocks the whole import.
 */
export function MetricsCsvPreview({ plan, map }: { plan: MetricsCsvPlan; map: JourneyMap }) {
  const titles = cardTitles(map);
  const counts = csvCounts(plan.rows);
  // Problems of the mapping itself (no touchpoint column): no row can be read.
  const blocking = plan.errors.filter((e) => e.path === 'columns');
  return (
    <section className="df-preview" aria-label="Preview">
      <h3 className="df-section-title">Preview</h3>
      <p className={`df-counts${counts.errorRows > 0 ? ' has-errors' : ''}`} data-testid="metrics-csv-counts">
        {csvCountsLine(counts)}
      </p>
      {blocking.length > 0 && (
        <ul className="df-problems" role="alert">
          {blocking.map((e) => (
            <li key={e.message}>{e.message}: choose its column.</li>
          ))}
        </ul>
      )}
      {counts.errorRows > 0 && (
        <p className="df-problems" role="alert">
          Fix the {counts.errorRows === 1 ? 'row' : `${counts.errorRows} rows`} in red in the file and choose
          it again: nothing is imported while a row has an error.
        </p>
      )}
      {plan.rows.length === 0 && blocking.length === 0 ? (
        <p className="df-empty">No row has a value or a verbatim.</p>
      ) : (
        <div className="df-table-wrap">
          <table className="df-table">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Touchpoint</th>
                <th scope="col">Metric</th>
                <th scope="col" className="is-number">
                  Value
                </th>
                <th scope="col">Date</th>
                <th scope="col">Verbatim</th>
              </tr>
            </thead>
            <tbody>
              {plan.rows.slice(0, PREVIEW_ROWS).map((row) => (
                <tr
                  key={row.row}
                  className={row.error ? 'is-error' : undefined}
                  data-testid="metrics-csv-row"
                >
                  <td>{row.row}</td>
                  <td className="df-cell-text">
                    {row.touchpointId ? (titles.get(row.touchpointId) ?? row.touchpointId) : '—'}
                  </td>
                  {row.error ? (
                    <td colSpan={4} className="df-row-error">
                      {row.error}
                    </td>
                  ) : (
                    <>
                      <td>{metricLabel(row)}</td>
                      <td className="is-number">{valueText(row)}</td>
                      <td className="df-date">{row.value === undefined ? '' : row.date}</td>
                      <td className="df-cell-text df-verbatim">{row.verbatim ?? ''}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {plan.rows.length > PREVIEW_ROWS && (
        <p className="df-more">
          The first {PREVIEW_ROWS} of {plan.rows.length} rows are listed.
        </p>
      )}
    </section>
  );
}
