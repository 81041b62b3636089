import { MAP_ID_PATTERN } from '../../model/ids';

/**
 * A map has two Y.Docs: the map itself and its comments. They are separate docs (and rooms) so
 * the server can tell a commenter's write from a map edit by the room it arrives in, and refuse
 * one while accepting the other. Both are stored under a doc id: the map's id for the map, and
 * `<mapId>/comments` for its comments — `/` cannot occur in a map id, so the two never collide.
 */
export const DOC_KINDS = ['map', 'comments'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export interface DocRef {
  readonly mapId: string;
  readonly kind: DocKind;
  /** The key in the store and in RoomManager. */
  readonly docId: string;
}

export function docRef(mapId: string, kind: DocKind = 'map'): DocRef {
  return { mapId, kind, docId: kind === 'map' ? mapId : `${mapId}/${kind}` };
}

/** Reverses `docRef(...).docId`; undefined for anything that is not a valid doc id. */
export function parseDocId(docId: string): DocRef | undefined {
  const mapId = docId.split('/')[0] ?? '';
  if (!MAP_ID_PATTERN.test(mapId)) return undefined;
  return DOC_KINDS.map((kind) => docRef(mapId, kind)).find((ref) => ref.docId === docId);
}

/** `parseDocId` for a store's write path, where an id that is not a doc's is the caller's bug. */
export function requireDocRef(docId: string): DocRef {
  const ref = parseDocId(docId);
  if (!ref) throw new Error(`not a doc id: ${docId}`);
  return ref;
}
