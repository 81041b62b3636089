import {
  METRICS_CSV_FIELD_LABELS,
  METRICS_CSV_FIELDS,
  type MetricsCsvField,
  type MetricsCsvMapping,
} from '../../../model';
import { FIELD_SHORT_LABELS, kindChoice, WHOLE_FILE_KINDS, withKindChoice } from './metricsCsvView';

/** Fields without which nothing can be read. */
const REQUIRED: ReadonlySet<MetricsCsvField> = new Set(['touchpoint']);

/**
 * One select per field: which column feeds it, or none. The metric may instead be one kind for the
 * whole file ("Whole file: CSAT"), for exports that have a column per figure and no metric column.
 */
export function MetricsCsvMappingFields({
  headers,
  mapping,
  onChange,
  disabled,
}: {
  headers: readonly string[];
  mapping: MetricsCsvMapping;
  onChange: (mapping: MetricsCsvMapping) => void;
  disabled: boolean;
}) {
  const setColumn = (field: MetricsCsvField, value: string) => {
    const { [field]: _dropped, ...rest } = mapping.columns;
    onChange({ ...mapping, columns: value === '' ? rest : { ...rest, [field]: Number(value) } });
  };
  const columnOptions = headers.map((header, i) => (
    <option key={i} value={`${i}`}>
      {header || `Column ${i + 1}`}
    </option>
  ));
  return (
    <fieldset className="df-mapping" disabled={disabled}>
      <legend className="df-section-title">Columns</legend>
      {METRICS_CSV_FIELDS.map((field) => {
        const label = FIELD_SHORT_LABELS[field];
        const isKind = field === 'kind';
        const value = isKind ? kindChoice(mapping) : (mapping.columns[field]?.toString() ?? '');
        return (
          <label
            key={field}
            className={`df-field${value === '' ? ' is-ignored' : ''}`}
            title={METRICS_CSV_FIELD_LABELS[field]}
          >
            <span className="df-field-label">
              {label}
              {REQUIRED.has(field) && (
                <span className="df-required" aria-label="required">
                  *
                </span>
              )}
            </span>
            <select
              value={value}
              aria-label={`Column for ${label}`}
              onChange={(e) =>
                isKind ? onChange(withKindChoice(mapping, e.target.value)) : setColumn(field, e.target.value)
              }
            >
              <option value="">Not in this file</option>
              {isKind ? (
                <>
                  <optgroup label="A column">
                    {headers.map((header, i) => (
                      <option key={i} value={`col:${i}`}>
                        {header || `Column ${i + 1}`}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label="One metric for every row">
                    {WHOLE_FILE_KINDS.map(({ kind, label: text }) => (
                      <option key={kind} value={`all:${kind}`}>
                        {text}
                      </option>
                    ))}
                  </optgroup>
                </>
              ) : (
                columnOptions
              )}
            </select>
          </label>
        );
      })}
    </fieldset>
  );
}
