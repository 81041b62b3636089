import * as Y from 'yjs';
import { LIBRARY_MAP_ID } from './docKeys';
import type { MapStore } from './MapStore';

/**
 * Makes sure the persona library's reserved row exists (once per database), so its doc's updates are
 * stored like a map's (the updates table's rows belong to a map row). Lists and counts leave it out.
 */
export function ensureLibraryRow(store: Pick<MapStore, 'getMap' | 'createMap'>, now: number): void {
  if (store.getMap(LIBRARY_MAP_ID)) return;
  store.createMap(
    { id: LIBRARY_MAP_ID, title: 'Persona library', createdAt: now, updatedAt: now, owner: null },
    Y.encodeStateAsUpdate(new Y.Doc()),
  );
}
