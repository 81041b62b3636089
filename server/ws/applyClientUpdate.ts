import * as Y from 'yjs';
import { CloseCode } from '../closeCodes';
import type { Room } from '../rooms/Room';
import { inspectUpdate, type UpdateVerdict } from './inspectUpdate';

export interface WriteLimits {
  /** Largest encoded doc; a write past it is refused. */
  maxDocBytes: number;
  /** Largest backlog of structs waiting for changes the server never got. */
  maxPendingBytes: number;
}

export type WriteOutcome =
  { ok: true; ms: number; parked?: Uint8Array } | { ok: false; code: number; reason: string };

/**
 * How the update is applied: plain `Y.applyUpdate`, or under the write rules (server/policy). With
 * rules, no struct may stay pending in the shared doc: it would integrate later inside another
 * writer's transaction and escape the rules. So what is left pending is taken out of the doc and
 * handed back (`parked`): the connection re-sends it merged with its next update, which integrates
 * it under its own rules (a client reconnecting after a restart sends edits before its sync step 2).
 */
export type ApplyUpdate = (doc: Y.Doc, update: Uint8Array, origin: unknown) => void;

/** Our schema has 7 root types per doc; room for growth, none for a flood of names. */
const MAX_ROOTS = 16;
/** Card fields are flat; VoC lists nest two levels. */
const MAX_VALUE_DEPTH = 32;
/** Records are Y.Maps in a collection (depth 1); room for growth, none for a stack overflow. */
const MAX_TYPE_DEPTH = 4;

/** The structural pre-check against this doc's root names; see inspectUpdate. */
export function checkUpdateShape(doc: Y.Doc, update: Uint8Array): UpdateVerdict {
  return inspectUpdate(update, {
    knownRoots: new Set(doc.share.keys()),
    maxRoots: MAX_ROOTS,
    maxDepth: MAX_VALUE_DEPTH,
    maxTypeDepth: MAX_TYPE_DEPTH,
    lookup: (client, clock) => typeDepthInDoc(doc, client, clock),
  });
}

/** Depth of the type that holds the doc's item at (client, clock); undefined if the doc lacks it. */
function typeDepthInDoc(doc: Y.Doc, client: number, clock: number): number | undefined {
  const structs = doc.store.clients.get(client);
  if (!structs || clock >= Y.getState(doc.store, client)) return undefined;
  const struct = structs[Y.findIndexSS(structs, clock)];
  // Garbage-collected content: Yjs integrates whatever points at it as garbage too.
  if (!(struct instanceof Y.Item)) return 0;
  let depth = 0;
  let type = struct.parent;
  while (type instanceof Y.AbstractType && type._item) {
    depth += 1;
    type = type._item.parent;
  }
  return depth;
}

/**
 * Applies one sync step 2 / update from a client to the room's doc, with the connection as origin,
 * after the checks that keep a hostile update cheap: a structural pre-check (inspectUpdate), the
 * doc size limit, and a cap on structs left pending (an update whose dependencies never arrive
 * would otherwise be kept and re-merged with every later update). Refused writes change nothing,
 * except a pending backlog, which is dropped with the connection that caused it.
 */
export function applyClientUpdate(
  room: Room,
  update: Uint8Array,
  origin: unknown,
  limits: WriteLimits,
  apply?: ApplyUpdate,
): WriteOutcome {
  const doc = room.doc;
  const verdict = checkUpdateShape(doc, update);
  if (!verdict.ok) return { ok: false, code: CloseCode.MALFORMED_MESSAGE, reason: verdict.reason };
  if (
    room.docBytes + update.length > limits.maxDocBytes &&
    !Y.snapshotContainsUpdate(Y.snapshot(doc), update)
  ) {
    const mib = (limits.maxDocBytes / (1024 * 1024)).toFixed(1);
    return { ok: false, code: CloseCode.DOC_TOO_LARGE, reason: `map is at its size limit (${mib} MiB)` };
  }
  const started = performance.now();
  const serverWorkBefore = room.serverWorkMs;
  try {
    (apply ?? Y.applyUpdate)(doc, update, origin);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      code: CloseCode.MALFORMED_MESSAGE,
      reason: `update could not be applied: ${message}`,
    };
  }
  // Decoding and integrating only: saving and relaying are the server's own cost.
  const ms = performance.now() - started - (room.serverWorkMs - serverWorkBefore);
  const pending = [doc.store.pendingStructs?.update, doc.store.pendingDs ?? undefined].filter(
    (part): part is Uint8Array => part !== undefined,
  );
  const pendingBytes = pending.reduce((sum, part) => sum + part.length, 0);
  if (pendingBytes > limits.maxPendingBytes) {
    doc.store.pendingStructs = null;
    doc.store.pendingDs = null;
    return {
      ok: false,
      code: CloseCode.MALFORMED_MESSAGE,
      reason: 'update depends on changes the server never received',
    };
  }
  if (!apply || pending.length === 0) return { ok: true, ms };
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  // Yjs keeps pending structs and deletions in the v2 encoding; the connection merges in v1.
  const parked = Y.convertUpdateFormatV2ToV1(pending.length === 1 ? pending[0]! : Y.mergeUpdatesV2(pending));
  return { ok: true, ms, parked };
}
