import { z } from 'zod';
import { MAX_MAP_PERSONAS } from './persona';

/**
 * The map's programme settings, plain values in `meta` (last writer wins), all optional in the doc
 * (absent = the default), so maps from before them need no migration:
 * - `costPerContact`: what one contact into a hub costs, used for routes without their own cost
 *   (the failure-demand ledger); absent = costs are not shown, only contacts.
 * - `currency`: ISO 4217 code the costs are in (default EUR).
 * - `staleAfterDays`: a metric point older than this is stale (default 90).
 * Issue 21, same rules (plain values, absent = default):
 * - `personaIds`: the library personas this map is drawn for, in legend order (records/persona.ts);
 *   empty = the map has no linked persona (only the free-text `info.persona`).
 * - `futureState`: the map holds a future-state variant (records/futureState.ts).
 */
export const MAP_SETTINGS_KEYS = [
  'costPerContact',
  'currency',
  'staleAfterDays',
  'personaIds',
  'futureState',
] as const;

export const mapSettingsSchema = z.object({
  costPerContact: z.number().finite().min(0).max(1e6).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected a currency code such as EUR'),
  staleAfterDays: z.number().int().min(1).max(3650),
  personaIds: z.array(z.string().min(1).max(64)).max(MAX_MAP_PERSONAS),
  futureState: z.boolean(),
});
export type MapSettings = Readonly<z.infer<typeof mapSettingsSchema>>;

export const DEFAULT_MAP_SETTINGS: MapSettings = {
  costPerContact: null,
  currency: 'EUR',
  staleAfterDays: 90,
  personaIds: Object.freeze([]) as unknown as string[],
  futureState: false,
};
