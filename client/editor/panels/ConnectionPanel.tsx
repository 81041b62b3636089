import { CHANNEL_TRAITS, formatCost, isHub, type Touchpoint } from '../../../model';
import { DeleteFooter } from './DeleteFooter';
import { DemandField } from './DemandField';
import { DraftField } from './DraftField';
import { NumberField } from './NumberField';
import { NUMBER_RULES } from './numberRules';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';

/** A route between two touchpoints: where it goes, whether it ends at a hub, delete it. */
export function ConnectionPanel({ id }: { id: string }) {
  const connection = useEditor((s) => s.map?.connections.find((c) => c.id === id));
  const from = useEditor((s) => s.map?.touchpoints.find((t) => t.id === connection?.from));
  const to = useEditor((s) => s.map?.touchpoints.find((t) => t.id === connection?.to));
  const settings = useEditor((s) => s.map?.settings);
  const actions = useEditorActions();
  if (!connection || !from || !to) return null;
  const intoHub = isHub(to);
  const defaultCost = settings?.costPerContact ?? null;

  return (
    <div className="sp-content" data-testid="connection-panel">
      <section className="sp-section">
        <div className="sp-route">
          <End label="From" tp={from} />
          <span className="sp-route-arrow" aria-hidden="true">
            →
          </span>
          <End label="To" tp={to} />
        </div>
        {intoHub && (
          <p className="sp-hint sp-hub-note">
            This route ends at a contact-center hub: customers fall back on the contact center here.
          </p>
        )}
      </section>
      <section className="sp-section">
        <DraftField
          label="Reason"
          value={connection.label ?? ''}
          maxLength={200}
          placeholder="Why do customers take this route?"
          onCommit={(text) => actions.setConnectionDetails(id, { label: text.trim() || undefined })}
        />
        <NumberField
          label="Volume per month"
          value={connection.volume}
          rule={NUMBER_RULES.volume}
          inputMode="numeric"
          maxLength={9}
          placeholder="Rough count, e.g. 1200"
          onCommit={(volume) => actions.setConnectionDetails(id, { volume })}
          hint="Adds to the hub's load; thicker lines carry more volume."
        />
        {intoHub && (
          <>
            <DemandField
              value={connection.demand}
              onChange={(demand) => actions.setConnectionDetails(id, { demand })}
            />
            <NumberField
              label={`Cost per contact (${settings?.currency ?? 'EUR'})`}
              value={connection.costPerContact}
              rule={NUMBER_RULES.cost}
              inputMode="decimal"
              maxLength={10}
              placeholder={defaultCost === null ? 'Not set' : `Map default: ${defaultCost}`}
              onCommit={(costPerContact) => actions.setConnectionDetails(id, { costPerContact })}
              hint={
                defaultCost === null
                  ? 'Empty: the map’s default cost, not set yet (map overview, with nothing selected).'
                  : `Empty: the map’s default, ${formatCost(defaultCost, settings?.currency ?? 'EUR')} a contact.`
              }
            />
          </>
        )}
      </section>
      <DeleteFooter label="Delete connection" onDelete={() => actions.disconnect(id)} />
    </div>
  );
}

function End({ label, tp }: { label: string; tp: Touchpoint }) {
  const actions = useEditorActions();
  return (
    <div className="sp-route-end">
      <span className="sp-label">{label}</span>
      <button
        type="button"
        className="sp-link"
        onClick={() => actions.select({ kind: 'touchpoint', id: tp.id })}
      >
        <span className="dot" style={{ background: CHANNEL_TRAITS[tp.channel].color }} />
        <span className="sp-link-text">{tp.title || 'Untitled touchpoint'}</span>
      </button>
    </div>
  );
}
