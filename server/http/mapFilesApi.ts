import type { ServerResponse } from 'node:http';
import { readMap, readMapInfo } from '../../model';
import { EXPORT_FORMAT_TRAITS, exportContentType, exportFileName, type DataFormat } from '../../model/export';
import type { ImportPool } from '../imports/ImportPool';
import type { MapStore } from '../persistence/MapStore';
import type { RoomManager } from '../rooms/RoomManager';
import { HttpError } from './HttpError';
import { insertMapState, type ApiMap } from './mapsApi';

/** An import body may hold a big map (the format allows 10,000 cards): its own, larger limit. */
export const IMPORT_MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * Map files over HTTP, for people (import) and scripts (export): the same versioned JSON format and
 * CSV the editor's export dialog writes, validated by the same model functions.
 */
export class MapFilesApi {
  constructor(
    private readonly store: MapStore,
    private readonly rooms: RoomManager,
    private readonly imports: ImportPool,
  ) {}

  /**
   * Validates the whole file first, then seeds a fresh doc in one transaction: a bad file creates
   * nothing. Parsing and building run in the import pool's worker threads (503 when it is full).
   */
  async import(readBody: () => Promise<Uint8Array>, owner: string | null = null): Promise<ApiMap> {
    const { title, state } = await this.build(readBody);
    return insertMapState(this.store, title, state, owner);
  }

  /** A map file validated and built into a doc state in the workers (400 naming what is wrong). */
  async build(readBody: () => Promise<Uint8Array>): Promise<{ title: string; state: Uint8Array }> {
    const result = await this.imports.run(readBody);
    if (!result.ok) throw new HttpError(400, result.error, {}, result.code);
    return { title: result.title, state: result.state };
  }

  /** Sends the map as a JSON map file or a touchpoints CSV, as a download named after the map. */
  send(res: ServerResponse, id: string, format: DataFormat): void {
    const read = this.rooms.readDoc(id, (doc) => ({ map: readMap(doc).map, title: readMapInfo(doc).title }));
    if (!read) throw new HttpError(404, `map ${id} not found`);
    const { map, title } = read.result;
    const { write, extension } = EXPORT_FORMAT_TRAITS[format];
    const text = write(map);
    res.writeHead(200, {
      'Content-Type': exportContentType(format),
      'Content-Disposition': `attachment; filename="${exportFileName(title, extension)}"`,
      'Cache-Control': 'no-store',
    });
    res.end(text);
  }
}
