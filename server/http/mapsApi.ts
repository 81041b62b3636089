import * as Y from 'yjs';
import { z } from 'zod';
import {
  initMapDoc,
  newId,
  readMapInfo,
  resetFacilitation,
  SERVER_ORIGIN,
  setMapInfo,
  TEMPLATES,
} from '../../model';
import type { MapRecord, MapStore } from '../persistence/MapStore';
import type { RoomManager } from '../rooms/RoomManager';
import { HttpError } from './HttpError';

/** Same limit as the model's title field; trimmed so "   " is not a title. */
const title = z.string().trim().min(1).max(200);

export const createMapBody = z.strictObject({
  title: title.optional(),
  /** The sample ("home internet") map is the default, as DOMAIN.md asks: new users see a real map. */
  template: z.enum(TEMPLATES).optional(),
});
export const renameMapBody = z.strictObject({ title });
export const duplicateMapBody = z.strictObject({ title: title.optional() });

/** A map as the HTTP API returns it: ISO timestamps. */
export interface ApiMap {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
}

export function toApiMap(record: MapRecord): ApiMap {
  return {
    id: record.id,
    title: record.title,
    createdAt: new Date(record.createdAt).toISOString(),
    updatedAt: new Date(record.updatedAt).toISOString(),
  };
}

/**
 * What the HTTP endpoints do, without HTTP. Writes to an existing map go through its live room
 * (RoomManager.withDoc), so connected people see them at once and they are logged like any edit.
 */
export class MapsApi {
  constructor(
    private readonly store: MapStore,
    private readonly rooms: RoomManager,
  ) {}

  list(): ApiMap[] {
    return this.store.listMaps().map(toApiMap);
  }

  get(id: string): ApiMap {
    return toApiMap(this.require(id));
  }

  create(body: z.infer<typeof createMapBody>): ApiMap {
    const doc = new Y.Doc();
    try {
      initMapDoc(doc, body.template ?? 'sample', body.title ? { title: body.title } : {});
      return this.insert(doc);
    } finally {
      doc.destroy();
    }
  }

  rename(id: string, body: z.infer<typeof renameMapBody>): ApiMap {
    const done = this.rooms.withDoc(id, (doc) => setMapInfo(doc, { title: body.title }, SERVER_ORIGIN));
    if (!done) throw notFound(id);
    return this.get(id);
  }

  duplicate(id: string, body: z.infer<typeof duplicateMapBody>): ApiMap {
    const source = this.rooms.withDoc(id, (doc) => ({
      state: Y.encodeStateAsUpdate(doc),
      title: readMapInfo(doc).title,
    }));
    if (!source) throw notFound(id);
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, source.result.state);
      const copyTitle = body.title ?? `Copy of ${source.result.title}`.slice(0, 200);
      setMapInfo(doc, { title: copyTitle }, SERVER_ORIGIN);
      // A copy is a new workshop: no seat holder, vote or timer carried over (locks stay).
      resetFacilitation(doc, SERVER_ORIGIN);
      return this.insert(doc);
    } finally {
      doc.destroy();
    }
  }

  /** Connected clients are closed with 4404 before the data goes. */
  delete(id: string): void {
    this.require(id);
    this.rooms.evict(id);
    this.store.deleteMap(id);
  }

  private insert(doc: Y.Doc): ApiMap {
    return insertMapDoc(this.store, doc);
  }

  private require(id: string): MapRecord {
    const record = this.store.getMap(id);
    if (!record) throw notFound(id);
    return record;
  }
}

/** Stores a freshly built doc as a new map (create, duplicate, import). */
export function insertMapDoc(store: MapStore, doc: Y.Doc): ApiMap {
  return insertMapState(store, readMapInfo(doc).title, Y.encodeStateAsUpdate(doc));
}

/** Stores a new map from its encoded first state (an import, built in a worker thread). */
export function insertMapState(store: MapStore, title: string, state: Uint8Array): ApiMap {
  const now = Date.now();
  const record = { id: newId('map'), title, createdAt: now, updatedAt: now };
  store.createMap(record, state);
  return toApiMap(record);
}

function notFound(id: string): HttpError {
  return new HttpError(404, `map ${id} not found`);
}
