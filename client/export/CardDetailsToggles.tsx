import type { CardDetails } from '../../model/export';

/** The toggles, as a table: each adds one detail of every card below the legend. */
const TOGGLES: ReadonlyArray<{
  readonly key: keyof CardDetails;
  readonly label: string;
  readonly hint: string;
}> = [
  { key: 'descriptions', label: 'Descriptions', hint: 'Each card’s description, whole' },
  { key: 'verbatims', label: 'Top verbatim', hint: 'Each card’s first customer verbatim' },
];

/**
 * Optional card details for a picture export (off by default, so the image stays the map): native
 * checkboxes drawn like the segments beside them.
 */
export function CardDetailsToggles({
  value,
  onChange,
  disabled,
}: {
  value: CardDetails;
  onChange: (value: CardDetails) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="export-choice" disabled={disabled}>
      <legend className="field-label">Card details</legend>
      <div className="export-segments">
        {TOGGLES.map((t) => (
          <label key={t.key} className={`export-segment${value[t.key] ? ' is-active' : ''}`} title={t.hint}>
            <input
              type="checkbox"
              className="export-segment-input"
              checked={value[t.key] ?? false}
              onChange={(e) => onChange({ ...value, [t.key]: e.target.checked })}
            />
            {t.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
