import * as Y from 'yjs';
import { z } from 'zod';
import {
  mapSettingsSchema,
  newId,
  readMapInfo,
  resetFacilitation,
  SERVER_ORIGIN,
  setMapInfo,
  setMapSettings,
  type MapDigest,
} from '../../model';
import { templateRefSchema } from '../../model/templates/templatesApi';
import { seedFromTemplate } from '../templates/templateCatalog';
import type { MapRecord, MapStore } from '../persistence/MapStore';
import type { MapLinks } from '../links/MapLinks';
import type { MapDigests } from '../programme/MapDigests';
import type { RoomManager } from '../rooms/RoomManager';
import { HttpError } from './HttpError';

/** Same limit as the model's title field; trimmed so "   " is not a title. */
const title = z.string().trim().min(1).max(200);

export const createMapBody = z.strictObject({
  title: title.optional(),
  /** The sample ("home internet") map is the default, as DOMAIN.md asks: new users see a real map. */
  /** blank, sample, a gallery template's id or saved:<id> (templatesApi.ts); unknown → 404. */
  template: templateRefSchema.optional(),
  /**
   * Issue 21: the library personas the new map is drawn for (a child map made from a parent takes
   * the parent's). References only: a persona not in the library is simply not shown.
   */
  personaIds: mapSettingsSchema.shape.personaIds.optional(),
});
export const renameMapBody = z.strictObject({ title });
export const duplicateMapBody = z.strictObject({ title: title.optional() });

/** A map as the HTTP API returns it: ISO timestamps. */
export interface ApiMap {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  /** In the maps list: the requester governs the map and may move it to the trash. */
  canDelete?: boolean;
  /** In the maps list: its actions, owners, data freshness and health (MapDigests). */
  digest?: MapDigest;
  /** In the maps list (issue 21): the maps it links, from its stages and touchpoints; absent = none. */
  childMapIds?: string[];
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
    private readonly digests?: MapDigests,
    private readonly links?: MapLinks,
  ) {}

  /** Maps not in the trash; `canDelete` says which of them the requester governs; each with its digest. */
  list(canDelete: (map: MapRecord) => boolean): ApiMap[] {
    const records = this.store.listMaps();
    const ids = new Set(records.map((m) => m.id));
    this.digests?.keepOnly(ids);
    this.links?.keepOnly(ids);
    return records.map((map) => {
      const digest = this.digests?.figures(map)?.digest;
      const childMapIds = this.links?.childIdsOf(map) ?? [];
      return {
        ...toApiMap(map),
        canDelete: canDelete(map),
        ...(digest ? { digest } : {}),
        ...(childMapIds.length > 0 ? { childMapIds: [...childMapIds] } : {}),
      };
    });
  }

  get(id: string): ApiMap {
    return toApiMap(this.require(id));
  }

  /** `owner`: the creator's person id (null for a client without a person key). */
  create(body: z.infer<typeof createMapBody>, owner: string | null): ApiMap {
    const doc = new Y.Doc();
    try {
      const info = body.title ? { title: body.title } : {};
      seedFromTemplate(doc, body.template ?? 'sample', this.store.templates, info, new Date());
      if (body.personaIds?.length)
        setMapSettings(doc, { personaIds: [...new Set(body.personaIds)] }, SERVER_ORIGIN);
      return insertMapDoc(this.store, doc, owner);
    } finally {
      doc.destroy();
    }
  }

  async rename(id: string, body: z.infer<typeof renameMapBody>): Promise<ApiMap> {
    const done = await this.rooms.withDoc(id, (doc) => setMapInfo(doc, { title: body.title }, SERVER_ORIGIN));
    if (!done) throw notFound(id);
    return this.get(id);
  }

  /** The copy belongs to whoever made it (`owner`), not to the original's owner. */
  duplicate(id: string, body: z.infer<typeof duplicateMapBody>, owner: string | null): ApiMap {
    const source = this.rooms.readDoc(id, (doc) => ({
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
      return insertMapDoc(this.store, doc, owner);
    } finally {
      doc.destroy();
    }
  }

  private require(id: string): MapRecord {
    const record = this.store.getMap(id);
    if (!record) throw notFound(id);
    return record;
  }
}

/** Stores a freshly built doc as a new map (create, duplicate, import), owned by `owner`. */
export function insertMapDoc(store: MapStore, doc: Y.Doc, owner: string | null = null): ApiMap {
  return insertMapState(store, readMapInfo(doc).title, Y.encodeStateAsUpdate(doc), owner);
}

/** Stores a new map from its encoded first state (an import, built in a worker thread). */
export function insertMapState(
  store: MapStore,
  title: string,
  state: Uint8Array,
  owner: string | null = null,
): ApiMap {
  const now = Date.now();
  const record = { id: newId('map'), title, createdAt: now, updatedAt: now, owner };
  store.createMap(record, state);
  return toApiMap(record);
}

function notFound(id: string): HttpError {
  return new HttpError(404, `map ${id} not found`);
}
