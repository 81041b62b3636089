import './ledger.css';
import { useId, useMemo } from 'react';
import { failureDemandLedger } from '../../../../model';
import { useEditor } from '../../EditorContext';
import { useEditorActions } from '../../useEditorActions';
import { CauseList } from './CauseList';
import { DemandBar } from './DemandBar';
import { LedgerFiguresList } from './LedgerFiguresList';
import { untaggedText } from './ledgerView';

/** How many upstream causes a hub's panel lists (the report lists them all). */
const TOP_CAUSES = 3;

/**
 * A hub's failure demand, in its panel: contacts and cost a month split value / failure, the
 * failure share, the routes still to tag, and its top upstream causes with "Create action".
 */
export function HubLedgerSection({ hubId }: { hubId: string }) {
  const map = useEditor((s) => s.map);
  const actions = useEditorActions();
  const headingId = useId();
  const ledger = useMemo(() => (map ? failureDemandLedger(map) : null), [map]);
  const hub = ledger?.hubs.find((h) => h.hubId === hubId);
  if (!map || !ledger || !hub) return null;
  const untaggedRoutes = hub.routes.filter((r) => r.demand === null).length;
  const untagged = untaggedText(untaggedRoutes);
  return (
    <section className="sp-section" aria-labelledby={headingId} data-testid="hub-ledger">
      <h3 className="sp-section-title" id={headingId}>
        Failure demand
      </h3>
      {hub.routes.length === 0 ? (
        <p className="sp-empty">
          No routes into this hub yet: draw one from the touchpoints customers come from.
        </p>
      ) : (
        <>
          <LedgerFiguresList figures={hub} currency={ledger.currency} />
          <DemandBar figures={hub} />
          {hub.cost === null && (
            <p className="sp-hint">
              No cost yet: set a cost per contact for the map (with nothing selected) or on a route.
            </p>
          )}
          {untagged && (
            <p className="sp-hint ledger-untagged-hint" data-testid="hub-untagged">
              {untagged}: tag them under “Routes in”.
            </p>
          )}
          {hub.causes.length > 0 ? (
            <>
              <h4 className="ledger-subheading">Top upstream causes</h4>
              <CauseList causes={hub.causes} map={map} currency={ledger.currency} limit={TOP_CAUSES} />
            </>
          ) : (
            <p className="sp-hint">
              Tag routes into {hub.title || 'this hub'} as value or failure demand to see avoidable contacts.
            </p>
          )}
          <button
            type="button"
            className="btn btn-sm btn-ghost ledger-open"
            onClick={() => actions.showLedger(true)}
          >
            Open the failure demand report
          </button>
        </>
      )}
    </section>
  );
}
