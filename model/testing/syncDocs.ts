import * as Y from 'yjs';
import { collection, COLLECTIONS, metaMap } from '../docLayout';

/**
 * Test-only network: moves Yjs updates between docs the way the server relay would, so
 * concurrency tests can decide exactly who has seen what. Updates arrive with REMOTE_ORIGIN, which
 * no UndoManager tracks (like edits that come in over the websocket).
 */
export const REMOTE_ORIGIN = Object.freeze({ source: 'test-remote' });

/** Sends what `to` has not seen yet from `from` (one direction only: a partial sync). */
export function pushUpdates(from: Y.Doc, to: Y.Doc): void {
  if (from === to) return;
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), REMOTE_ORIGIN);
}

/** Full sync: afterwards every doc has every other doc's updates. */
export function syncDocs(...docs: Y.Doc[]): void {
  const merged = Y.mergeUpdates(docs.map((d) => Y.encodeStateAsUpdate(d)));
  for (const doc of docs) Y.applyUpdate(doc, merged, REMOTE_ORIGIN);
}

/** A fresh doc that starts from `source`'s current state (a second client joining the room). */
export function cloneDoc(source: Y.Doc, clientID?: number): Y.Doc {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source), REMOTE_ORIGIN);
  return doc;
}

/**
 * Whether two docs hold the same Yjs state: same state vector, same deletions and same content.
 * (Encoded updates are not compared byte for byte: each doc may merge or garbage-collect its
 * internal structs differently while holding the same state.)
 */
export function sameYState(a: Y.Doc, b: Y.Doc): boolean {
  return (
    Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b)) &&
    JSON.stringify(rawContent(a)) === JSON.stringify(rawContent(b)) &&
    Y.decodeUpdate(Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))).structs.length === 0 &&
    Y.decodeUpdate(Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))).structs.length === 0
  );
}

/** Every top-level map of the layout as JSON with keys sorted at every level (Y.Map order is local). */
function rawContent(doc: Y.Doc): unknown {
  return [metaMap(doc), ...COLLECTIONS.map((name) => collection(doc, name))].map((m) => sortKeys(m.toJSON()));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}
