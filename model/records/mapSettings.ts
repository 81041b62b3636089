import { z } from 'zod';

/**
 * The map's programme settings, plain values in `meta` (last writer wins), all optional in the doc
 * (absent = the default), so maps from before them need no migration:
 * - `costPerContact`: what one contact into a hub costs, used for routes without their own cost
 *   (the failure-demand ledger); absent = costs are not shown, only contacts.
 * - `currency`: ISO 4217 code the costs are in (default EUR).
 * - `staleAfterDays`: a metric point older than this is stale (default 90).
 */
export const MAP_SETTINGS_KEYS = ['costPerContact', 'currency', 'staleAfterDays'] as const;

export const mapSettingsSchema = z.object({
  costPerContact: z.number().finite().min(0).max(1e6).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected a currency code such as EUR'),
  staleAfterDays: z.number().int().min(1).max(3650),
});
export type MapSettings = Readonly<z.infer<typeof mapSettingsSchema>>;

export const DEFAULT_MAP_SETTINGS: MapSettings = {
  costPerContact: null,
  currency: 'EUR',
  staleAfterDays: 90,
};
