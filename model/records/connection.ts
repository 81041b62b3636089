import { z } from 'zod';
import { newId } from '../ids';

/** Value demand (what the hub is for) or failure demand (avoidable: caused by a failure upstream). */
export const DEMAND_KINDS = ['value', 'failure'] as const;
export type DemandKind = (typeof DEMAND_KINDS)[number];

export const DEMAND_TRAITS = {
  value: {
    label: 'Value demand',
    short: 'Value',
    color: '#0284c7',
    hint: 'The contact is what the hub is for',
  },
  failure: {
    label: 'Failure demand',
    short: 'Failure',
    color: '#dc2626',
    hint: 'The contact only happens because something upstream failed',
  },
} satisfies Readonly<Record<DemandKind, { label: string; short: string; color: string; hint: string }>>;

/** An edge between touchpoints: "customer calls support after the tracking page fails". */
export const connectionSchema = z.object({
  id: z.string().min(1).max(64),
  from: z.string().min(1).max(64),
  to: z.string().min(1).max(64),
  label: z.string().max(200).optional(),
  /**
   * Rough volume along this route, e.g. calls per month: weighs a hub's load. Optional, absent = not
   * known (counts as 0), so maps saved before volumes existed need no migration.
   */
  volume: z.number().int().min(0).optional(),
  /**
   * Why contacts take this route into a hub (the failure-demand ledger, `programme/ledger.ts`):
   * `value` demand is what the hub exists for; `failure` demand only happens because something
   * upstream failed (a fault, a missing update, a broken self-service). Absent = not tagged yet.
   */
  demand: z.enum(DEMAND_KINDS).optional(),
  /** What one contact on this route costs; absent = the map's `costPerContact`. */
  costPerContact: z.number().finite().min(0).max(1e6).optional(),
});
export type Connection = Readonly<z.infer<typeof connectionSchema>>;

/**
 * Connection ids are derived from their ends, so two people drawing the same edge at once make one
 * record, not two.
 */
export function connectionId(from: string, to: string): string {
  return `conn_${from}__${to}`;
}

export function newConnectionLabelId(): string {
  return newId('conn');
}
