import { useId } from 'react';
import { DEFAULT_MAP_SETTINGS } from '../../../model';
import { useCanEdit } from '../access/useAccess';
import { useEditor } from '../EditorContext';
import { PanelField } from '../text/PanelField';
import { useEditorActions } from '../useEditorActions';
import { NumberField } from './NumberField';
import { NUMBER_RULES } from './numberRules';

/** The currencies offered (ISO 4217); a map set to another code through the API keeps it too. */
const CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'CAD',
  'AUD',
  'NZD',
  'JPY',
  'INR',
  'BRL',
  'ZAR',
  'SGD',
];

/**
 * The map's programme settings (model/records/mapSettings.ts): what one contact into a hub costs
 * by default, the currency costs are in, and after how many days VoC data counts as stale.
 */
export function MapSettingsSection() {
  const settings = useEditor((s) => s.map?.settings);
  const canEdit = useCanEdit();
  const actions = useEditorActions();
  const headingId = useId();
  const currencyId = useId();
  if (!settings) return null;
  const currencies = CURRENCIES.includes(settings.currency) ? CURRENCIES : [settings.currency, ...CURRENCIES];
  return (
    <section className="sp-section" aria-labelledby={headingId} data-testid="map-settings">
      <h3 className="sp-section-title" id={headingId}>
        Failure demand and data
      </h3>
      <div className="sp-row">
        <NumberField
          label="Cost per contact"
          value={settings.costPerContact ?? undefined}
          rule={NUMBER_RULES.cost}
          inputMode="decimal"
          maxLength={10}
          placeholder="Not set"
          // Empty clears it: costs are then left out and only contacts are counted.
          onCommit={(cost) => actions.setMapSettings({ costPerContact: cost ?? null })}
        />
        <PanelField label="Currency" htmlFor={currencyId}>
          <select
            id={currencyId}
            className="input"
            value={settings.currency}
            disabled={!canEdit}
            onChange={(e) => actions.setMapSettings({ currency: e.target.value })}
          >
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </PanelField>
      </div>
      <p className="sp-hint">
        A route into a hub without its own cost uses this one. Empty: only contacts are counted.
      </p>
      <NumberField
        label="Data is stale after (days)"
        value={settings.staleAfterDays}
        rule={NUMBER_RULES.staleAfterDays}
        inputMode="numeric"
        maxLength={4}
        placeholder={String(DEFAULT_MAP_SETTINGS.staleAfterDays)}
        onCommit={(days) =>
          actions.setMapSettings({ staleAfterDays: days ?? DEFAULT_MAP_SETTINGS.staleAfterDays })
        }
        hint="Metric points older than this are marked stale on cards and the emotion curve."
      />
    </section>
  );
}
