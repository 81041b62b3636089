import {
  TOUCHPOINT_FIELD_TRAITS,
  TOUCHPOINT_FIELDS,
  type ColumnMapping,
  type TouchpointField,
} from '../../model/sheet';

/**
 * One select per field: which column of the sheet feeds it, or "Ignore". Guessed from the headers;
 * required fields are marked, and a field without a column is named in the preview's errors.
 */
export function ColumnMappingFields({
  headers,
  mapping,
  onChange,
  disabled,
}: {
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  disabled: boolean;
}) {
  const set = (field: TouchpointField, value: string) =>
    onChange({ ...mapping, [field]: value === '' ? null : Number(value) });
  return (
    <fieldset className="sheet-mapping" disabled={disabled}>
      <legend className="sheet-section-title">Columns</legend>
      {TOUCHPOINT_FIELDS.map((field) => {
        const { label, required } = TOUCHPOINT_FIELD_TRAITS[field];
        const column = mapping[field];
        return (
          <label key={field} className={`sheet-field${column === null ? ' is-ignored' : ''}`}>
            <span className="sheet-field-label">
              {label}
              {required && (
                <span className="sheet-required" aria-label="required">
                  *
                </span>
              )}
            </span>
            <select
              value={column === null ? '' : String(column)}
              onChange={(e) => set(field, e.target.value)}
              aria-label={`Column for ${label}`}
            >
              <option value="">Ignore</option>
              {headers.map((header, i) => (
                <option key={i} value={i}>
                  {header || `Column ${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        );
      })}
    </fieldset>
  );
}
