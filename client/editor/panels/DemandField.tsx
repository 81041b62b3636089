import './demandField.css';
import { useId } from 'react';
import { DEMAND_KINDS, DEMAND_TRAITS, type DemandKind } from '../../../model';

const CHOICES: ReadonlyArray<{ value: DemandKind | undefined; label: string; hint: string }> = [
  ...DEMAND_KINDS.map((kind) => ({
    value: kind,
    label: DEMAND_TRAITS[kind].short,
    hint: DEMAND_TRAITS[kind].hint,
  })),
  { value: undefined, label: 'Not tagged', hint: 'Counts in the hub’s total, in neither column' },
];

/**
 * Value / Failure / Not tagged for a route into a hub (the failure-demand ledger), with what the
 * chosen tag means under it. `compact`: the routes list's inline form, named after the route.
 */
export function DemandField({
  value,
  onChange,
  label = 'Demand',
  compact = false,
  disabled = false,
}: {
  value: DemandKind | undefined;
  onChange: (demand: DemandKind | undefined) => void;
  label?: string;
  compact?: boolean;
  disabled?: boolean;
}) {
  const id = useId();
  const chosen = CHOICES.find((c) => c.value === value) ?? CHOICES[CHOICES.length - 1]!;
  return (
    <div className={compact ? 'demand-field is-compact' : 'sp-field demand-field'}>
      {!compact && (
        <span className="sp-label" id={id}>
          {label}
        </span>
      )}
      <div
        className="sp-segmented demand-segmented"
        role="group"
        aria-labelledby={compact ? undefined : id}
        aria-label={compact ? label : undefined}
        aria-describedby={compact ? undefined : `${id}-hint`}
      >
        {CHOICES.map((c) => (
          <button
            key={c.label}
            type="button"
            className={`sp-segment${c.value === value ? ' is-active' : ''}`}
            data-demand={c.value ?? 'none'}
            aria-pressed={c.value === value}
            title={c.hint}
            disabled={disabled}
            onClick={() => onChange(c.value)}
          >
            {c.label}
          </button>
        ))}
      </div>
      {!compact && (
        <p className="sp-hint" id={`${id}-hint`}>
          {chosen.hint}.
        </p>
      )}
    </div>
  );
}
