import { CHANNELS, sameItems, type Channel, type Touchpoint } from '../../../model';

const byList = new WeakMap<readonly Touchpoint[], readonly Channel[]>();
let last: readonly Channel[] = [];

/**
 * The channels a map's touchpoints use, in the canonical order. One array per distinct answer: a
 * peer's move (a new touchpoints list, the same channels) returns the same array as before, so a
 * store selector built on it re-renders nothing. Cached per list, so a drag frame costs a lookup.
 */
export function channelsInUse(touchpoints: readonly Touchpoint[] | undefined): readonly Channel[] {
  if (!touchpoints) return last.length === 0 ? last : (last = []);
  const cached = byList.get(touchpoints);
  if (cached) return cached;
  const used = new Set(touchpoints.map((t) => t.channel));
  const next = CHANNELS.filter((c) => used.has(c));
  if (!sameItems(next, last)) last = next;
  byList.set(touchpoints, last);
  return last;
}
