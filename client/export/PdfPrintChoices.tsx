import {
  PAPER_SIZES,
  PAPER_TRAITS,
  PRINT_LAYOUT_TRAITS,
  PRINT_LAYOUTS,
  type CardDetails,
  type Orientation,
} from '../../model/export';
import { CardDetailsToggles } from './CardDetailsToggles';
import { ChoiceGroup } from './ChoiceGroup';
import type { PrintChoices } from './printPages';

const PAPER_OPTIONS = PAPER_SIZES.map((value) => ({ value, label: PAPER_TRAITS[value].label }));
const ORIENTATION_OPTIONS: ReadonlyArray<{ value: Orientation; label: string }> = [
  { value: 'portrait', label: 'Portrait' },
  { value: 'landscape', label: 'Landscape' },
];
const LAYOUT_OPTIONS = PRINT_LAYOUTS.map((value) => ({ value, ...PRINT_LAYOUT_TRAITS[value] }));

/** The PDF's sections, as a table: each adds pages around the map. */
const SECTIONS: ReadonlyArray<{
  readonly key: 'cover' | 'summary' | 'appendix';
  readonly label: string;
  readonly hint: string;
}> = [
  { key: 'cover', label: 'Cover', hint: 'Title, persona, goal, scenario, date and the legend' },
  {
    key: 'summary',
    label: 'Summary',
    hint: 'Hubs by load, moments of pain, unowned touchpoints, opportunities',
  },
  { key: 'appendix', label: 'Appendix', hint: 'Every card’s description, VoC, routes, and the five whys' },
];

/**
 * The print-ready PDF's choices: paper and orientation, how the map is laid on it (one page,
 * stages at real-size text, or poster tiles) and which sections go around it.
 */
export function PdfPrintChoices({
  value,
  onChange,
  details,
  onDetailsChange,
  disabled,
}: {
  value: PrintChoices;
  onChange: (value: PrintChoices) => void;
  details: CardDetails;
  onDetailsChange: (details: CardDetails) => void;
  disabled?: boolean;
}) {
  const set = (patch: Partial<PrintChoices>) => onChange({ ...value, ...patch });
  return (
    <>
      <div className="export-row">
        <ChoiceGroup
          label="Paper"
          value={value.paper}
          options={PAPER_OPTIONS}
          onChange={(paper) => set({ paper })}
          disabled={disabled}
        />
        <ChoiceGroup
          label="Orientation"
          value={value.orientation}
          options={ORIENTATION_OPTIONS}
          onChange={(orientation) => set({ orientation })}
          disabled={disabled}
        />
      </div>
      <ChoiceGroup
        label="Layout"
        value={value.layout}
        options={LAYOUT_OPTIONS}
        onChange={(layout) => set({ layout })}
        disabled={disabled}
      />
      <fieldset className="export-choice" disabled={disabled}>
        <legend className="field-label">Pages</legend>
        <div className="export-segments">
          {SECTIONS.map((s) => (
            <label key={s.key} className={`export-segment${value[s.key] ? ' is-active' : ''}`} title={s.hint}>
              <input
                type="checkbox"
                className="export-segment-input"
                checked={value[s.key]}
                onChange={(e) => set({ [s.key]: e.target.checked })}
              />
              {s.label}
            </label>
          ))}
        </div>
      </fieldset>
      {PRINT_LAYOUT_TRAITS[value.layout].cardDetails && (
        <CardDetailsToggles value={details} onChange={onDetailsChange} disabled={disabled} />
      )}
    </>
  );
}
