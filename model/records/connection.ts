import { z } from 'zod';
import { newId } from '../ids';

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
