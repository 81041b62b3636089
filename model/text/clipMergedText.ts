import * as Y from 'yjs';
import { isPlainYText } from './collabText';
import { TEXT_FIELDS, TEXT_LIST_FIELDS } from './textFields';

/**
 * Two people typing into one field at once can together pass its limit (each stayed under it), and
 * two adding a why at once can make a sixth. That is the normal result of merging, not a bad record:
 * the reader shows such collaborative text cut to its limit instead of skipping the whole card. A
 * plain string over the limit was written by a careless or hostile client and still fails validation.
 * `plain` is the record as plainRecord read it (mutable, null-prototype); `record` is its Y.Map.
 */
export function clipMergedText(collection: string, record: Y.Map<unknown>, plain: unknown): unknown {
  if (typeof plain !== 'object' || plain === null) return plain;
  const out = plain as Record<string, unknown>;
  const texts = (TEXT_FIELDS as Record<string, Record<string, number> | undefined>)[collection] ?? {};
  for (const [field, max] of Object.entries(texts)) {
    const value = out[field];
    if (typeof value === 'string' && value.length > max && isPlainYText(record.get(field)))
      out[field] = value.slice(0, max);
  }
  const lists =
    (TEXT_LIST_FIELDS as Record<string, Record<string, { items: number; length: number }> | undefined>)[
      collection
    ] ?? {};
  for (const [field, { items, length }] of Object.entries(lists)) {
    const value = out[field];
    if (!Array.isArray(value) || !(record.get(field) instanceof Y.Array)) continue;
    out[field] = value.slice(0, items).map((v: unknown) => (typeof v === 'string' ? v.slice(0, length) : v));
  }
  return out;
}
