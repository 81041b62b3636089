import * as Y from 'yjs';
import { migrateDoc, readMap, type JourneyMap } from '../../model';
import { docRef, type DocKind } from '../persistence/docKeys';
import type { MapStore } from '../persistence/MapStore';
import type { RoomManager } from '../rooms/RoomManager';

/**
 * Reads a map's doc without opening a room: the live room's doc when it is loaded (current to the
 * last update), else a throwaway doc rebuilt from the store (migrated in memory, never written).
 * For the server's read-only views across maps (the actions page, the maps page digests,
 * notifications). `fn`'s result must not hold on to the doc: a throwaway one is destroyed after.
 */
export function withStoredDoc<T>(
  store: MapStore,
  rooms: RoomManager,
  mapId: string,
  kind: DocKind,
  fn: (doc: Y.Doc) => T,
): T | undefined {
  const live = rooms.get(mapId, kind);
  if (live?.isLive) return fn(live.doc);
  const stored = store.loadDoc(docRef(mapId, kind).docId);
  if (!stored) return undefined;
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    if (kind === 'map') migrateDoc(doc);
    return fn(doc);
  } finally {
    doc.destroy();
  }
}

/** A map's validated snapshot (see withStoredDoc); undefined when the map has no doc. */
export function readStoredMap(store: MapStore, rooms: RoomManager, mapId: string): JourneyMap | undefined {
  return withStoredDoc(store, rooms, mapId, 'map', (doc) => readMap(doc).map);
}
