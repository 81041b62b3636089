import * as decoding from 'lib0/decoding';
import { TypeNesting, type DocLookup, type ParentRef } from './typeNesting';

/**
 * A structural pre-check of a client's Yjs update (v1 encoding) before the doc decodes it.
 *
 * Yjs builds objects while it decodes: a subdocument item becomes a whole `Y.Doc`, a root name
 * becomes a shared type in the doc for good, `readAny` recurses. A 1 MiB update of crafted items can
 * so cost hundreds of megabytes or the stack. This walk reads the same format with lib0's decoder
 * alone — no objects, no recursion, linear in the bytes — and refuses what our schema never writes:
 * subdocuments, new root names beyond a small cap, nesting deeper than `maxDepth`, counts the bytes
 * cannot hold. It does not validate content (readMap does that); it only keeps decoding cheap.
 */
export interface UpdateLimits {
  /** Root names the doc already has; naming others counts against `maxRoots`. */
  knownRoots: ReadonlySet<string>;
  /** Most root names a doc may have (our schema uses 7). */
  maxRoots: number;
  /** Deepest nesting of `any` values (arrays/objects in a card field). */
  maxDepth: number;
  /** Deepest nesting of shared types (a record Y.Map in a collection is 1). */
  maxTypeDepth: number;
  /** Where the doc's own items sit (see TypeNesting); without it, ids outside the update are unknown. */
  lookup?: DocLookup;
}

export type UpdateVerdict = { ok: true; structs: number } | { ok: false; reason: string };

/** Yjs struct content kinds (the low 5 bits of a struct's info byte). */
const GC = 0;
const SKIP = 10;
const CONTENT_TYPE = 7;
const CONTENT_DOC = 9;
const MAX_CONTENT_REF = 10;

class Refused extends Error {}

export function inspectUpdate(update: Uint8Array, limits: UpdateLimits): UpdateVerdict {
  const decoder = decoding.createDecoder(update);
  const newRoots = new Set<string>();
  const nesting = new TypeNesting();
  let structs = 0;
  try {
    const clientBlocks = count(decoder, update);
    for (let i = 0; i < clientBlocks; i++) {
      const n = count(decoder, update);
      const client = decoding.readVarUint(decoder);
      let clock = decoding.readVarUint(decoder);
      for (let j = 0; j < n; j++) {
        clock += readStruct(decoder, limits, newRoots, (len, isType, parent) =>
          nesting.add(client, clock, len, isType, parent),
        );
        structs += 1;
      }
    }
    readDeleteSet(decoder, update);
    if (decoder.pos !== update.length)
      throw new Refused(`${update.length - decoder.pos} bytes after the update`);
  } catch (err) {
    if (err instanceof Refused) return { ok: false, reason: err.message };
    return { ok: false, reason: 'update is truncated or malformed' };
  }
  const tooDeep = nesting.check(limits.lookup ?? (() => undefined), limits.maxTypeDepth);
  if (tooDeep !== undefined) return { ok: false, reason: tooDeep };
  if (limits.knownRoots.size + newRoots.size > limits.maxRoots) {
    return {
      ok: false,
      reason: `update names ${newRoots.size} new root types (a map has at most ${limits.maxRoots})`,
    };
  }
  return { ok: true, structs };
}

/** A count of things that each take at least one byte: more than the bytes left is a lie. */
function count(decoder: decoding.Decoder, update: Uint8Array): number {
  const n = decoding.readVarUint(decoder);
  if (n > update.length - decoder.pos) throw new Refused(`count ${n} exceeds the update's size`);
  return n;
}

/** Reads one struct, reports items to `onItem`, and returns its length in clock ticks. */
function readStruct(
  decoder: decoding.Decoder,
  limits: UpdateLimits,
  newRoots: Set<string>,
  onItem: (len: number, isType: boolean, parent: ParentRef) => void,
): number {
  const info = readByte(decoder);
  const ref = info & 0b11111;
  if (ref === GC || ref === SKIP) return decoding.readVarUint(decoder);
  if (ref > MAX_CONTENT_REF) throw new Refused(`unknown struct kind ${ref}`);
  if (ref === CONTENT_DOC) throw new Refused('subdocuments are not part of a journey map');
  const hasOrigin = (info & 0b1000_0000) !== 0;
  const hasRightOrigin = (info & 0b0100_0000) !== 0;
  let parent: ParentRef = { kind: 'root' };
  if (hasOrigin) parent = { kind: 'origin', ...readId(decoder) };
  if (hasRightOrigin) {
    const right = readId(decoder);
    if (!hasOrigin) parent = { kind: 'origin', ...right };
  }
  if (!hasOrigin && !hasRightOrigin) {
    // Parent info: a root type by name, or an item id; then an optional map key.
    if (decoding.readVarUint(decoder) === 1) {
      const name = readString(decoder);
      if (!limits.knownRoots.has(name)) newRoots.add(name);
      if (limits.knownRoots.size + newRoots.size > limits.maxRoots) {
        throw new Refused(`too many root types (a map has at most ${limits.maxRoots})`);
      }
    } else {
      parent = { kind: 'type', ...readId(decoder) };
    }
    if ((info & 0b0010_0000) !== 0) skipString(decoder);
  }
  const len = readContent(decoder, ref, limits.maxDepth);
  onItem(len, ref === CONTENT_TYPE, parent);
  return len;
}

function readId(decoder: decoding.Decoder): { client: number; clock: number } {
  const client = decoding.readVarUint(decoder);
  return { client, clock: decoding.readVarUint(decoder) };
}

/** Skips an item's content and returns its length in clock ticks (as Yjs counts it). */
function readContent(decoder: decoding.Decoder, ref: number, maxDepth: number): number {
  switch (ref) {
    case 1: // deleted: a length
      return decoding.readVarUint(decoder);
    case 2: {
      // JSON: strings parsed later by Yjs; parsing is linear, so length is the only cost.
      const n = count(decoder, decoder.arr);
      for (let i = 0; i < n; i++) skipString(decoder);
      return n;
    }
    case 4: // string: one tick per UTF-16 unit
      return readString(decoder).length;
    case 3: // binary
    case 5: // embed (JSON string)
      skipString(decoder);
      return 1;
    case 6: // format: key + JSON string
      skipString(decoder);
      skipString(decoder);
      return 1;
    case 7: {
      // A shared type; XmlElement (3) and XmlHook (5) carry a name.
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef === 3 || typeRef === 5) skipString(decoder);
      return 1;
    }
    case 8: {
      const n = count(decoder, decoder.arr);
      for (let i = 0; i < n; i++) skipAny(decoder, maxDepth);
      return n;
    }
    default:
      throw new Refused(`unknown content kind ${ref}`);
  }
}

/** lib0's `readAny` without building values; recursion is capped at `depth`. */
function skipAny(decoder: decoding.Decoder, depth: number): void {
  const tag = readByte(decoder);
  switch (tag) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return;
    case 125:
      if (decoder.pos >= decoder.arr.length) throw new Refused('update is truncated');
      decoding.readVarInt(decoder);
      return;
    case 124:
      return skipBytes(decoder, 4);
    case 123:
    case 122:
      return skipBytes(decoder, 8);
    case 119:
      return skipString(decoder);
    case 118:
    case 117: {
      if (depth <= 0) throw new Refused('values nested too deeply');
      const n = count(decoder, decoder.arr);
      for (let i = 0; i < n; i++) {
        if (tag === 118) skipString(decoder); // object key
        skipAny(decoder, depth - 1);
      }
      return;
    }
    case 116:
      return skipString(decoder);
    default:
      throw new Refused(`unknown value tag ${tag}`);
  }
}

// Bounds are checked here, not left to lib0: its readers trust lengths and, on a view into a larger
// buffer (as `ws` hands us), would read past the frame instead of failing.
function skipBytes(decoder: decoding.Decoder, n: number): void {
  if (n > decoder.arr.length - decoder.pos) throw new Refused('update is truncated');
  decoder.pos += n;
}

function readByte(decoder: decoding.Decoder): number {
  if (decoder.pos >= decoder.arr.length) throw new Refused('update is truncated');
  return decoding.readUint8(decoder);
}

/** A length-prefixed string or byte array, skipped. */
function skipString(decoder: decoding.Decoder): void {
  skipBytes(decoder, decoding.readVarUint(decoder));
}

function readString(decoder: decoding.Decoder): string {
  const start = decoder.pos;
  skipString(decoder);
  decoder.pos = start;
  return decoding.readVarString(decoder);
}

function readDeleteSet(decoder: decoding.Decoder, update: Uint8Array): void {
  const clients = count(decoder, update);
  for (let i = 0; i < clients; i++) {
    decoding.readVarUint(decoder); // client
    const ranges = count(decoder, update);
    for (let j = 0; j < ranges; j++) {
      decoding.readVarUint(decoder); // clock
      decoding.readVarUint(decoder); // length
    }
  }
}
