import { DEMAND_TRAITS, type LedgerFigures } from '../../../../model';
import { barParts, perMonth, shareText } from './ledgerView';

/** Value and failure demand (and what is not tagged yet) as one small stacked bar, with a legend. */
export function DemandBar({ figures }: { figures: LedgerFigures }) {
  const parts = barParts(figures);
  if (!parts) return null;
  const label = `${perMonth(figures.value)} value, ${perMonth(figures.failure)} failure, ${perMonth(
    figures.untagged,
  )} not tagged: ${shareText(figures.failureShare)} failure demand`;
  return (
    <div className="ledger-bar-wrap">
      <div className="ledger-bar" role="img" aria-label={label} title={label} data-testid="demand-bar">
        <span style={{ width: `${parts.value}%`, background: DEMAND_TRAITS.value.color }} />
        <span style={{ width: `${parts.failure}%`, background: DEMAND_TRAITS.failure.color }} />
        <span className="is-untagged" style={{ width: `${parts.untagged}%` }} />
      </div>
      <ul className="ledger-legend" aria-hidden="true">
        <li>
          <i style={{ background: DEMAND_TRAITS.value.color }} /> Value {perMonth(figures.value)}
        </li>
        <li>
          <i style={{ background: DEMAND_TRAITS.failure.color }} /> Failure {perMonth(figures.failure)}
        </li>
        {figures.untagged > 0 && (
          <li>
            <i className="is-untagged" /> Not tagged {perMonth(figures.untagged)}
          </li>
        )}
      </ul>
    </div>
  );
}
