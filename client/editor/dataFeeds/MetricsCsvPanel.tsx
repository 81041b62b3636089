import { useRef, type ChangeEvent } from 'react';
import type { MetricsCsvImport } from './useMetricsCsvImport';
import { MetricsCsvMappingFields } from './MetricsCsvMappingFields';
import { MetricsCsvPreview } from './MetricsCsvPreview';

/**
 * The CSV tab: choose a file (an empty state says what it should hold), then map its columns and
 * check every row before importing. Errors from reading the file or from the server show here.
 */
export function MetricsCsvPanel({ csv }: { csv: MetricsCsvImport }) {
  const input = useRef<HTMLInputElement>(null);
  const { picked, plan, map } = csv;

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires another change.
    event.target.value = '';
    if (file) void csv.pick(file);
  }

  return (
    <div className="df-csv">
      <input
        ref={input}
        type="file"
        accept=".csv,.tsv,.txt,text/csv"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Metrics CSV file"
        onChange={onChange}
      />
      {picked ? (
        <div className="df-file">
          <span className="df-file-name" title={picked.fileName}>
            {picked.fileName}
          </span>
          <span className="df-file-rows">
            {picked.table.rows.length} {picked.table.rows.length === 1 ? 'row' : 'rows'}
          </span>
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => input.current?.click()}
            disabled={csv.pending}
          >
            Choose another file…
          </button>
        </div>
      ) : (
        <div className="df-pick">
          <p className="df-pick-title">Import survey results from a CSV file</p>
          <p className="df-hint">
            One row per measurement: the touchpoint (its id or title), the metric (NPS, CSAT, CES or a name of
            your own), the value, and if you have them the sample size, source, date (YYYY-MM-DD, today if
            empty) and a verbatim. You check every row before anything is written.
          </p>
          <button type="button" className="btn btn-primary" onClick={() => input.current?.click()}>
            Choose a CSV file…
          </button>
        </div>
      )}
      {csv.readError && (
        <p className="ui-dialog-error" role="alert">
          {csv.readError}
        </p>
      )}
      {picked && plan && map && (
        <div className="df-csv-body">
          <MetricsCsvMappingFields
            headers={picked.table.headers}
            mapping={csv.mapping}
            onChange={csv.setMapping}
            disabled={csv.pending}
          />
          <MetricsCsvPreview plan={plan} map={map} />
        </div>
      )}
      {csv.serverError && (
        <div className="ui-dialog-error" role="alert" data-testid="metrics-csv-server-error">
          <p>{csv.serverError.message}</p>
          {csv.serverError.errors.length > 0 && (
            <ul className="df-server-errors">
              {csv.serverError.errors.slice(0, 12).map((e, i) => (
                <li key={i}>
                  {e.path}: {e.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
