import './ledger.css';
import { useMemo } from 'react';
import { failureDemandLedger, type FailureDemandLedger } from '../../../../model';
import { Dialog } from '../../../ui/Dialog';
import { useEditor } from '../../EditorContext';
import { useEditorActions } from '../../useEditorActions';
import { CauseList } from './CauseList';
import { DemandBar } from './DemandBar';
import { LedgerFiguresList } from './LedgerFiguresList';
import { costText, ledgerEmptyText, perMonth, shareText, untaggedText } from './ledgerView';

/**
 * The "Failure demand" report (Shift+F, or the header's button): every hub's contacts and cost,
 * split value / failure, the total, and the upstream touchpoints ranked by the avoidable contacts
 * they cause, each with a one-click "Create action". Open while the store's `ledgerOpen` is set.
 */
export function LedgerReport() {
  const open = useEditor((s) => s.ledgerOpen);
  const map = useEditor((s) => s.map);
  const actions = useEditorActions();
  const ledger = useMemo(() => (map ? failureDemandLedger(map) : null), [map]);
  if (!open || !map || !ledger) return null;
  const close = () => actions.showLedger(false);
  const empty = ledgerEmptyText(ledger);
  const untagged = untaggedText(ledger.untaggedRoutes);
  return (
    <Dialog
      title="Failure demand"
      description="Contacts into the contact-center hubs that only happen because something upstream failed, and what causes them."
      className="ledger-report"
      onClose={close}
      footer={
        <button type="button" className="btn btn-primary" onClick={close} data-autofocus>
          Close
        </button>
      }
    >
      <div data-testid="ledger-report">
        {ledger.hubs.length > 0 && (
          <section className="ledger-section" aria-label="Total">
            <h3 className="ledger-heading">
              All hubs{untagged && <span className="ledger-untagged"> · {untagged}</span>}
            </h3>
            <div className="ledger-total" data-testid="ledger-total">
              <LedgerFiguresList figures={ledger.total} currency={ledger.currency} />
              <DemandBar figures={ledger.total} />
            </div>
            <HubTable ledger={ledger} />
          </section>
        )}
        <section className="ledger-section" aria-labelledby="ledger-causes-heading">
          <h3 className="ledger-heading" id="ledger-causes-heading">
            Upstream causes, by avoidable contacts
          </h3>
          {empty ? (
            <p className="sp-empty ledger-empty" data-testid="ledger-empty">
              {empty}
            </p>
          ) : (
            <CauseList causes={ledger.causes} map={map} currency={ledger.currency} />
          )}
        </section>
      </div>
    </Dialog>
  );
}

function HubTable({ ledger }: { ledger: FailureDemandLedger }) {
  const actions = useEditorActions();
  return (
    <table className="ledger-table" data-testid="ledger-hubs">
      <thead>
        <tr>
          <th scope="col">Hub</th>
          <th scope="col">Contacts</th>
          <th scope="col">Value</th>
          <th scope="col">Failure</th>
          <th scope="col">Share</th>
          <th scope="col">Failure cost</th>
        </tr>
      </thead>
      <tbody>
        {ledger.hubs.map((hub) => (
          <tr key={hub.hubId} data-testid="ledger-hub" data-hub-id={hub.hubId}>
            <th scope="row">
              <button
                type="button"
                className="ledger-link"
                onClick={() => {
                  actions.showLedger(false);
                  actions.select({ kind: 'touchpoint', id: hub.hubId });
                }}
              >
                {hub.title || 'Untitled hub'}
              </button>
            </th>
            <td>{perMonth(hub.contacts)}</td>
            <td>{perMonth(hub.value)}</td>
            <td>{perMonth(hub.failure)}</td>
            <td>{shareText(hub.failureShare)}</td>
            <td>{hub.failureCost === null ? '–' : `${costText(hub.failureCost, ledger.currency)}/mo`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
