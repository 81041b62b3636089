import type { FilterKey, Filters } from './tableRows';
import { FILTER_KEYS } from './tableRows';

const FILTER_LABELS: Record<FilterKey, string> = {
  stage: 'Stage',
  lane: 'Lane',
  channel: 'Channel',
  owner: 'Owner',
  hub: 'Hub',
  emotion: 'Emotion',
};

/** The selects above the table: one per filterable column, "All" clears that one. */
export function TableFilters({
  filters,
  options,
  onChange,
}: {
  filters: Filters;
  options: Record<FilterKey, { value: string; label: string }[]>;
  onChange: (next: Filters) => void;
}) {
  const any = FILTER_KEYS.some((k) => filters[k] !== undefined);
  return (
    <div className="table-filters" role="group" aria-label="Filter touchpoints">
      {FILTER_KEYS.map((k) => (
        <label key={k} className="table-filter">
          <span aria-hidden="true">{FILTER_LABELS[k]}</span>
          <select
            aria-label={`Filter by ${FILTER_LABELS[k].toLowerCase()}`}
            value={filters[k] ?? ''}
            onChange={(e) =>
              onChange({ ...filters, [k]: e.target.value === '' ? undefined : e.target.value })
            }
          >
            <option value="">All</option>
            {options[k].map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="button" className="btn btn-ghost btn-sm" disabled={!any} onClick={() => onChange({})}>
        Clear filters
      </button>
    </div>
  );
}
