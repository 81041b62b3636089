import * as Y from 'yjs';

/**
 * Turning what a client wrote into plain values a zod schema can judge, without trusting it. Anyone
 * with write access can put anything under a record's key: a string or a Y.Text instead of a Y.Map,
 * a field named `__proto__`, a Y.Map nested 20,000 deep (Y.Map.toJSON would overflow the stack), an
 * array of a million items. So, unlike `toJSON()`:
 * - objects are built with no prototype and from own keys only: a `__proto__` or `constructor` key
 *   is an ordinary (ignored) field, never a prototype a schema would read inherited fields through;
 * - depth and size are bounded, and past the bounds the record is unreadable instead of a crash;
 * - a value that is not a record at all says what it is, so the warning can tell the user.
 * Legit records are two levels deep (a touchpoint's `voc.verbatims`) and hold fewer than 100 values.
 */
export const MAX_RECORD_DEPTH = 8;
/** Values (fields, array items) one record may hold; a touchpoint with 50 verbatims has about 70. */
export const MAX_RECORD_VALUES = 2_000;

/** A record the reader could not even turn into fields, and why. Schemas never accept it. */
export class UnreadableRecord {
  constructor(readonly reason: string) {}
}

/**
 * A record (a Y.Map of fields) as a null-prototype plain object, or why it cannot be read as one.
 * With `fields` (a schema's keys) only those are read: a junk field someone added (however deep or
 * big) neither hides an otherwise valid record nor costs anything, as the schema would drop it anyway.
 */
export function plainRecord(value: unknown, fields?: readonly string[]): unknown {
  if (!(value instanceof Y.Map)) return new UnreadableRecord(`not a record but ${describe(value)}`);
  if (!fields) return plainValue(value);
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const k of fields) {
    if (!value.has(k)) continue;
    const raw: unknown = value.get(k);
    // Most fields are strings and numbers: nothing to copy or bound.
    if (typeof raw !== 'object' || raw === null) {
      out[k] = raw;
      continue;
    }
    const v = plainValue(raw);
    if (v instanceof UnreadableRecord) return new UnreadableRecord(`${k}: ${v.reason}`);
    out[k] = v;
  }
  return out;
}

/** The field names of a zod object schema (undefined for any other schema): what plainRecord reads. */
export function schemaFields(schema: unknown): readonly string[] | undefined {
  const shape = (schema as { shape?: unknown } | null)?.shape;
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : undefined;
}

/**
 * Any value read from a doc (a record's field, a meta value) as plain data: Y.Map → object, Y.Array
 * → array, Y.Text → string; objects get no prototype. Too deep, too big or an unexpected shared type
 * gives an UnreadableRecord.
 */
export function plainValue(value: unknown): unknown {
  const budget = { left: MAX_RECORD_VALUES };
  try {
    return copy(value, 0, budget);
  } catch (err) {
    if (err instanceof Unreadable) return new UnreadableRecord(err.message);
    throw err;
  }
}

class Unreadable extends Error {}

function copy(value: unknown, depth: number, budget: { left: number }): unknown {
  if (--budget.left < 0) throw new Unreadable(`more than ${MAX_RECORD_VALUES} values`);
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_RECORD_DEPTH) throw new Unreadable(`nested more than ${MAX_RECORD_DEPTH} levels deep`);
  if (value instanceof Y.Map) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of value.entries()) out[k] = copy(v, depth + 1, budget);
    return out;
  }
  if (value instanceof Y.Array) return copyList(value.toArray(), depth, budget);
  if (value instanceof Y.Text && !(value instanceof Y.XmlText)) return value.toJSON();
  if (value instanceof Y.AbstractType) throw new Unreadable(`holds ${describe(value)}`);
  if (Array.isArray(value)) return copyList(value, depth, budget);
  if (value instanceof Uint8Array) return value;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const k of Object.keys(value)) out[k] = copy((value as Record<string, unknown>)[k], depth + 1, budget);
  return out;
}

function copyList(items: readonly unknown[], depth: number, budget: { left: number }): unknown[] {
  if (items.length > budget.left) throw new Unreadable(`more than ${MAX_RECORD_VALUES} values`);
  return items.map((v) => copy(v, depth + 1, budget));
}

/** "a string", "a Y.Text", "null"…: what sits where a record belongs, for the warning. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Y.XmlElement || value instanceof Y.XmlFragment || value instanceof Y.XmlText)
    return 'a Y.Xml type';
  if (value instanceof Y.Text) return 'a Y.Text';
  if (value instanceof Y.Array) return 'a Y.Array';
  if (value instanceof Y.Map) return 'a Y.Map';
  if (value instanceof Y.AbstractType) return 'a shared type';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Uint8Array) return 'binary data';
  return `a ${typeof value}`;
}
