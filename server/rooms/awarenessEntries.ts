import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Most entries of one awareness frame the server reads; the rest are ignored unread. */
export const MAX_ENTRIES_PER_FRAME = 16;
/** Largest presence state accepted, as JSON bytes (an honest tab's biggest, a 200-card drag, is ~10 KB). */
export const MAX_STATE_BYTES = 32 * 1024;
/** Deepest nesting accepted in a state (objects and arrays; an honest tab's is 4). */
export const MAX_STATE_DEPTH = 8;

/** One client's entry in an awareness update: `state` null means "this client left". */
export interface AwarenessEntry {
  clientID: number;
  clock: number;
  state: Record<string, unknown> | null;
}

/** Why an entry was not read into an `AwarenessEntry`. */
export type EntryRefusal = 'too-large' | 'too-deep' | 'not-an-object';

export interface ReadEntries {
  entries: AwarenessEntry[];
  /** Entries read but refused for their shape, each with its client id. */
  refused: Array<{ clientID: number; reason: EntryRefusal }>;
  /** Entries past MAX_ENTRIES_PER_FRAME, left unread. */
  skipped: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes an awareness update (y-protocols format: count, then per client its id, clock and state
 * as a JSON string) without trusting it: at most `MAX_ENTRIES_PER_FRAME` entries are read, and a
 * state over the size or depth limit, or that is not a plain object (or null), is refused without
 * being applied. Throws only when the bytes cannot be decoded at all (the caller closes the socket).
 */
export function readAwarenessEntries(update: Uint8Array): ReadEntries {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const toRead = Math.min(count, MAX_ENTRIES_PER_FRAME);
  const result: ReadEntries = { entries: [], refused: [], skipped: count - toRead };
  for (let i = 0; i < toRead; i++) {
    const clientID = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    // The length prefix is checked before any string is decoded or parsed.
    const bytes = decoding.readVarUint8Array(decoder);
    if (bytes.length > MAX_STATE_BYTES) {
      result.refused.push({ clientID, reason: 'too-large' });
      continue;
    }
    const state: unknown = JSON.parse(utf8.decode(bytes));
    const refusal = stateRefusal(state);
    if (refusal) result.refused.push({ clientID, reason: refusal });
    else result.entries.push({ clientID, clock, state: state as AwarenessEntry['state'] });
  }
  return result;
}

/** An awareness update carrying `entries`, for `applyAwarenessUpdate`. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientID, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientID);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

function stateRefusal(state: unknown): EntryRefusal | undefined {
  if (state === null) return undefined;
  if (typeof state !== 'object' || Array.isArray(state)) return 'not-an-object';
  return depthExceeds(state, MAX_STATE_DEPTH) ? 'too-deep' : undefined;
}

/** True when `value` nests objects or arrays more than `limit` levels deep (it counts as level 1). */
export function depthExceeds(value: unknown, limit: number): boolean {
  // Iterative, so a hostile depth cannot overflow the stack; stops at the first level past `limit`.
  let level: unknown[] = [value];
  for (let depth = 1; level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const item of level) {
      if (typeof item !== 'object' || item === null) continue;
      if (depth > limit) return true;
      for (const child of Object.values(item)) next.push(child);
    }
    level = next;
  }
  return false;
}
