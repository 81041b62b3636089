import { useId } from 'react';

interface ChoiceGroupProps<T extends string | number> {
  label: string;
  value: T;
  options: ReadonlyArray<{ readonly value: T; readonly label: string; readonly hint?: string }>;
  onChange: (value: T) => void;
  disabled?: boolean;
}

/** A row of radio buttons drawn as a segmented control: native radios, so arrows and screen readers work. */
export function ChoiceGroup<T extends string | number>({
  label,
  value,
  options,
  onChange,
  disabled,
}: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className="export-choice" disabled={disabled}>
      <legend className="field-label">{label}</legend>
      <div className="export-segments">
        {options.map((o) => (
          <label
            key={o.value}
            className={`export-segment${o.value === value ? ' is-active' : ''}`}
            title={o.hint}
          >
            <input
              type="radio"
              name={name}
              className="export-segment-input"
              checked={o.value === value}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
