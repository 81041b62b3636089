import type { JourneyMap } from '../journeyMap';
import { oncePerSnapshot } from '../insights/oncePerSnapshot';
import { failureDemandLedger, formatContacts, type LedgerFigures } from './ledger';

/**
 * A hub's ledger in a few words, as its card shows it: "4,200/mo · 38% failure"; only the volume
 * while no route into it is tagged; null while no route into it has a volume.
 */
export function hubFiguresLabel(
  figures: Pick<LedgerFigures, 'contacts' | 'value' | 'failure'>,
): string | null {
  if (figures.contacts <= 0) return null;
  const volume = `${formatContacts(figures.contacts)}/mo`;
  if (figures.value + figures.failure === 0) return volume;
  return `${volume} · ${Math.round((figures.failure / figures.contacts) * 100)}% failure`;
}

/** Every hub's label by hub id (hubs without one left out), once per snapshot. */
export const hubFiguresLabels: (map: JourneyMap) => ReadonlyMap<string, string> = oncePerSnapshot((map) => {
  const out = new Map<string, string>();
  for (const h of failureDemandLedger(map).hubs) {
    const label = hubFiguresLabel(h);
    if (label !== null) out.set(h.hubId, label);
  }
  return out;
});
