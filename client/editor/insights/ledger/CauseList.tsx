import { ACTION_STATUS_TRAITS, type JourneyMap, type UpstreamCause } from '../../../../model';
import { useCanEdit } from '../../access/useAccess';
import { useEditorActions } from '../../useEditorActions';
import { costText, perMonth } from './ledgerView';

/**
 * Upstream touchpoints ranked by the avoidable contacts they cause (model/programme/ledger.ts):
 * each with its cost, the hubs it lands in, its pain points and five whys, the actions already
 * addressing it and "Create action", which adds one (model/commands/ledgerActions.ts).
 */
export function CauseList({
  causes,
  map,
  currency,
  limit,
}: {
  causes: readonly UpstreamCause[];
  map: JourneyMap;
  currency: string;
  /** Show only the first few (the hub panel); the report shows them all. */
  limit?: number;
}) {
  const shown = limit === undefined ? causes : causes.slice(0, limit);
  return (
    <ol className="ledger-causes" data-testid="ledger-causes">
      {shown.map((cause) => (
        <CauseRow key={cause.touchpointId} cause={cause} map={map} currency={currency} />
      ))}
    </ol>
  );
}

function CauseRow({ cause, map, currency }: { cause: UpstreamCause; map: JourneyMap; currency: string }) {
  const actions = useEditorActions();
  const canEdit = useCanEdit();
  const title = cause.title || 'Untitled touchpoint';
  const titleOf = (id: string) => map.touchpoints.find((t) => t.id === id)?.title || 'Untitled touchpoint';
  const pains = cause.painPointIds.flatMap((id) => map.notes.filter((n) => n.id === id));
  const held = cause.actionIds.flatMap((id) => map.actions.filter((a) => a.id === id));
  return (
    <li className="ledger-cause" data-testid="ledger-cause" data-touchpoint-id={cause.touchpointId}>
      <div className="ledger-cause-head">
        <button
          type="button"
          className="ledger-cause-title"
          title="Show it on the map"
          onClick={() => {
            actions.showLedger(false);
            actions.select({ kind: 'touchpoint', id: cause.touchpointId });
          }}
        >
          {title}
        </button>
        <span className="ledger-cause-figures" data-testid="cause-figures">
          <strong>{perMonth(cause.contacts)}</strong> avoidable
          {cause.cost !== null && <> · {costText(cause.cost, currency)}/mo</>}
        </span>
      </div>
      <p className="ledger-cause-hubs">
        Lands in {new Intl.ListFormat('en').format(cause.hubIds.map(titleOf))}
      </p>
      {pains.length > 0 && (
        <ul className="ledger-cause-pains" aria-label={`Pain points of ${title}`}>
          {pains.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className="ledger-link"
                onClick={() => {
                  actions.showLedger(false);
                  actions.select({ kind: 'note', id: n.id });
                }}
              >
                {n.text || 'Pain point'}
              </button>
            </li>
          ))}
        </ul>
      )}
      {cause.whys.length > 0 && (
        <ol className="ledger-cause-whys" aria-label={`Five whys of ${title}`}>
          {cause.whys.map((why, i) => (
            <li key={i}>{why}</li>
          ))}
        </ol>
      )}
      <div className="ledger-cause-actions">
        {held.length > 0 ? (
          <ul aria-label={`Actions on ${title}`} data-testid="cause-actions">
            {held.map((a) => (
              <li key={a.id}>
                <span
                  className="ledger-status"
                  style={{
                    background: ACTION_STATUS_TRAITS[a.status].colors.fill,
                    color: ACTION_STATUS_TRAITS[a.status].colors.text,
                  }}
                >
                  {ACTION_STATUS_TRAITS[a.status].label}
                </span>
                <button
                  type="button"
                  className="ledger-link"
                  onClick={() => {
                    actions.showLedger(false);
                    actions.select({ kind: 'note', id: a.noteId });
                  }}
                >
                  {a.title || 'Untitled action'}
                </button>
                {a.owner ? <span className="ledger-owner"> · {a.owner}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <span className="ledger-none">No action yet</span>
        )}
        {canEdit && (
          <button
            type="button"
            className="btn btn-sm ledger-create"
            aria-label={`Create action on ${title}`}
            title={
              cause.painPointIds.length > 0
                ? 'Adds an action to its first pain point'
                : 'Adds a pain point saying what it costs, with an action on it'
            }
            onClick={() => actions.createLedgerAction(cause.touchpointId)}
          >
            + Create action
          </button>
        )}
      </div>
    </li>
  );
}
