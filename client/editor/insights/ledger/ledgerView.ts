import { formatContacts, formatCost, type FailureDemandLedger, type LedgerFigures } from '../../../../model';

/** A money figure in the map's currency, or "–" when no route has a known cost. */
export function costText(cost: number | null, currency: string): string {
  return cost === null ? '–' : formatCost(cost, currency);
}

/** "38%" of a 0…1 share. */
export function shareText(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "1,200/mo". */
export function perMonth(contacts: number): string {
  return `${formatContacts(contacts)}/mo`;
}

/** The stacked bar's parts, in percent of all contacts (value, failure, not tagged); none when empty. */
export function barParts(
  f: Pick<LedgerFigures, 'contacts' | 'value' | 'failure' | 'untagged'>,
): { value: number; failure: number; untagged: number } | null {
  if (f.contacts <= 0) return null;
  const pct = (n: number) => (n / f.contacts) * 100;
  return { value: pct(f.value), failure: pct(f.failure), untagged: pct(f.untagged) };
}

/**
 * What the report says when it has nothing to rank: no hubs; hubs but no route into them tagged
 * failure demand ("Tag routes into Agent call as value or failure demand to see avoidable
 * contacts"); null when there are causes to show.
 */
export function ledgerEmptyText(ledger: FailureDemandLedger): string | null {
  if (ledger.hubs.length === 0) {
    return 'No hubs on this map yet: phone, chat and IVR touchpoints are hubs. Failure demand is counted on the routes into them.';
  }
  if (ledger.causes.length > 0) return null;
  const names = new Intl.ListFormat('en').format(
    ledger.hubs.slice(0, 3).map((h) => h.title || 'Untitled hub'),
  );
  const more = ledger.hubs.length > 3 ? ' and the other hubs' : '';
  const noVolume = ledger.total.contacts === 0;
  return `Tag routes into ${names}${more} as value or failure demand${
    noVolume ? ', with their volume per month,' : ''
  } to see avoidable contacts.`;
}

/** "4 routes not tagged", or null when every route into the hub(s) is tagged. */
export function untaggedText(count: number): string | null {
  if (count === 0) return null;
  return `${count} ${count === 1 ? 'route' : 'routes'} not tagged`;
}
