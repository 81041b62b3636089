import { ACTION_STATUS_TRAITS, CX_AREA_LABELS, type ActionRow } from '../../model';
import {
  facetCounts,
  SORT_KEYS,
  SORT_LABELS,
  type ActionFilters,
  type FacetOption,
  type SortKey,
} from './actionFilters';

const STATUS_LABELS = {
  idea: ACTION_STATUS_TRAITS.idea.label,
  planned: ACTION_STATUS_TRAITS.planned.label,
  doing: ACTION_STATUS_TRAITS.doing.label,
  done: ACTION_STATUS_TRAITS.done.label,
  dropped: ACTION_STATUS_TRAITS.dropped.label,
};

interface ActionsFilterBarProps {
  rows: readonly ActionRow[];
  filters: ActionFilters;
  onChange: (filters: ActionFilters) => void;
}

/** Owner, status, CX area and map as selects (each option with its count), overdue only, and the order. */
export function ActionsFilterBar({ rows, filters, onChange }: ActionsFilterBarProps) {
  const counts = facetCounts(rows, filters, { status: STATUS_LABELS, cx: CX_AREA_LABELS });
  const set = (patch: Partial<ActionFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="actions-filters" role="group" aria-label="Filter actions">
      <FacetSelect
        label="Owner"
        all="All owners"
        value={filters.owner}
        options={counts.owner}
        onChange={(owner) => set({ owner })}
      />
      <FacetSelect
        label="Status"
        all="All statuses"
        value={filters.status}
        options={counts.status}
        onChange={(status) => set({ status })}
      />
      <FacetSelect
        label="CX area"
        all="All areas"
        value={filters.cx}
        options={counts.cx}
        onChange={(cx) => set({ cx })}
      />
      <FacetSelect
        label="Map"
        all="All maps"
        value={filters.map}
        options={counts.map}
        onChange={(map) => set({ map })}
      />
      <label className={`actions-overdue-toggle${filters.overdue ? ' is-on' : ''}`}>
        <input
          type="checkbox"
          checked={filters.overdue}
          onChange={(e) => set({ overdue: e.target.checked })}
        />
        Overdue only <span className="actions-count-pill">{counts.overdue}</span>
      </label>
      <label className="actions-filter actions-sort">
        <span className="actions-filter-label">Sort by</span>
        <select value={filters.sort} onChange={(e) => set({ sort: e.target.value as SortKey })}>
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {SORT_LABELS[key]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

interface FacetSelectProps<V extends string> {
  label: string;
  all: string;
  value: V | null;
  options: readonly FacetOption<V>[];
  onChange: (value: V | null) => void;
}

function FacetSelect<V extends string>({ label, all, value, options, onChange }: FacetSelectProps<V>) {
  return (
    <label className={`actions-filter${value !== null ? ' is-active' : ''}`}>
      <span className="actions-filter-label">{label}</span>
      <select
        value={value ?? ''}
        onChange={(e) =>
          onChange(
            e.target.value === '' ? null : (options.find((o) => o.value === e.target.value)?.value ?? null),
          )
        }
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.count === 0 && o.value !== value}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </label>
  );
}
