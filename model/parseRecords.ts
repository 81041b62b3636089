import type { z } from 'zod';
import type { ReadProblem } from './journeyMap';
import { UnreadableRecord } from './plainRecord';

/** Longest record id a problem repeats: a hostile key can be a megabyte long. */
export const PROBLEM_ID_MAX = 80;
/** Longest reason a problem gives. */
export const PROBLEM_MESSAGE_MAX = 200;

/**
 * Validates every record of a collection (entries from `rawRecords`, already plain) against its
 * schema: records that fail, or whose `id` is not the key they are filed under, are skipped and
 * reported. Never throws on content.
 */
export function parseRecords<S extends z.ZodType<{ id: string }>>(
  entries: ReadonlyArray<readonly [string, unknown]>,
  collection: string,
  schema: S,
  problems: ReadProblem[],
): Array<z.infer<S>> {
  const out: Array<z.infer<S>> = [];
  for (const [key, raw] of entries) {
    const parsed = parseRecord(key, raw, schema);
    if (parsed.ok) out.push(parsed.data);
    else reportProblem(problems, collection, key, parsed.message);
  }
  return out;
}

/** One record filed under `key`: valid against its schema, and its `id` is that key. */
export function parseRecord<S extends z.ZodType<{ id: string }>>(
  key: string,
  raw: unknown,
  schema: S,
): { ok: true; data: z.infer<S> } | { ok: false; message: string } {
  const parsed = parseValue(raw, schema);
  return parsed.ok && parsed.data.id !== key ? { ok: false, message: 'id does not match its key' } : parsed;
}

/** One plain value against a schema, with the first failure as a short message naming the field. */
export function parseValue<S extends z.ZodType>(
  raw: unknown,
  schema: S,
): { ok: true; data: z.infer<S> } | { ok: false; message: string } {
  if (raw instanceof UnreadableRecord) return { ok: false, message: raw.reason };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  if (!issue) return { ok: false, message: 'invalid' };
  const path = issue.path.map(String).join('.');
  return { ok: false, message: path ? `${path}: ${issue.message}` : issue.message };
}

/** Adds a problem with its id and reason cut to a length a warning can show. */
export function reportProblem(
  problems: ReadProblem[],
  collection: string,
  id: string,
  message: string,
): void {
  problems.push({ collection, id: clip(id, PROBLEM_ID_MAX), message: clip(message, PROBLEM_MESSAGE_MAX) });
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
