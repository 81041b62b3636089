import { MAP_ID_PATTERN } from '../../model/ids';

/**
 * A map has two Y.Docs: the map itself and its comments. They are separate docs (and rooms) so
 * the server can tell a commenter's write from a map edit by the room it arrives in, and refuse
 * one while accepting the other. Both are stored under a doc id: the map's id for the map, and
 * `<mapId>/comments` for its comments — `/` cannot occur in a map id, so the two never collide.
 */
export const DOC_KINDS = ['map', 'comments', 'personas'] as const;
export type DocKind = (typeof DOC_KINDS)[number];
/** The docs each map has (the persona library is the server's, not a map's). */
export const MAP_DOC_KINDS = ['map', 'comments'] as const satisfies readonly DocKind[];

export interface DocRef {
  readonly mapId: string;
  readonly kind: DocKind;
  /** The key in the store and in RoomManager. */
  readonly docId: string;
}

export function docRef(mapId: string, kind: DocKind = 'map'): DocRef {
  return { mapId, kind, docId: kind === 'map' ? mapId : `${mapId}/${kind}` };
}

/**
 * The server's persona library (issue 21) is one doc per server. It is stored like a map's doc, under
 * a reserved map row whose id is not a map id (`~` cannot occur in one), so it can never collide with
 * a map, and the maps list, trash and counts leave it out (`LIBRARY_MAP_ID` in their queries).
 */
export const LIBRARY_MAP_ID = '~library';
export const LIBRARY_REF: DocRef = Object.freeze({
  mapId: LIBRARY_MAP_ID,
  kind: 'personas',
  docId: `${LIBRARY_MAP_ID}/personas`,
});

/** Reverses `docRef(...).docId`; undefined for anything that is not a valid doc id. */
export function parseDocId(docId: string): DocRef | undefined {
  if (docId === LIBRARY_REF.docId) return LIBRARY_REF;
  const mapId = docId.split('/')[0] ?? '';
  if (!MAP_ID_PATTERN.test(mapId)) return undefined;
  return MAP_DOC_KINDS.map((kind) => docRef(mapId, kind)).find((ref) => ref.docId === docId);
}

/** `parseDocId` for a store's write path, where an id that is not a doc's is the caller's bug. */
export function requireDocRef(docId: string): DocRef {
  const ref = parseDocId(docId);
  if (!ref) throw new Error(`not a doc id: ${docId}`);
  return ref;
}
