import type { Voc } from '../records/touchpoint';

/**
 * A touchpoint's VoC figures after editing some of them: the others keep their value, `undefined`
 * (or an empty list) clears a figure, and a VoC with nothing left is undefined, so an emptied form
 * leaves no empty object behind (updateTouchpoint then removes the field).
 */
export function mergeVoc(current: Voc | undefined, patch: Partial<Voc>): Voc | undefined {
  const merged: Record<string, unknown> = { ...current, ...patch };
  const voc = Object.fromEntries(
    Object.entries(merged).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as Voc;
  return Object.keys(voc).length > 0 ? voc : undefined;
}
