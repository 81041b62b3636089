import type { LedgerFigures } from '../../../../model';
import { costText, perMonth, shareText } from './ledgerView';

/** Contacts a month and cost, split value / failure, and the failure share: a hub's or the total's. */
export function LedgerFiguresList({ figures, currency }: { figures: LedgerFigures; currency: string }) {
  const rows: Array<[string, string, string]> = [
    ['Contacts', perMonth(figures.contacts), 'ledger-contacts'],
    ['Cost', figures.cost === null ? '–' : `${costText(figures.cost, currency)}/mo`, 'ledger-cost'],
    ['Failure share', shareText(figures.failureShare), 'ledger-share'],
    [
      'Failure cost',
      figures.failureCost === null ? '–' : `${costText(figures.failureCost, currency)}/mo`,
      'ledger-failure-cost',
    ],
  ];
  return (
    <dl className="ledger-facts">
      {rows.map(([term, value, testId]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd data-testid={testId}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
