import type { ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { readMap, readMapInfo } from '../../model';
import { exportFileName, exportMapJson, mapToCsv, parseMapFile, writeMapFileToDoc } from '../../model/export';
import { SERVER_ORIGIN } from '../../model';
import type { MapStore } from '../persistence/MapStore';
import type { RoomManager } from '../rooms/RoomManager';
import { HttpError } from './HttpError';
import { insertMapDoc, type ApiMap } from './mapsApi';

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
  ) {}

  /** Validates the whole file first, then seeds a fresh doc in one transaction: a bad file creates nothing. */
  import(body: unknown, owner: string | null = null): ApiMap {
    const parsed = parseMapFile(body);
    if (!parsed.ok) throw new HttpError(400, parsed.error);
    const doc = new Y.Doc();
    try {
      writeMapFileToDoc(doc, parsed.data, SERVER_ORIGIN);
      return insertMapDoc(this.store, doc, owner);
    } finally {
      doc.destroy();
    }
  }

  /** Sends the map as a JSON map file or a touchpoints CSV, as a download named after the map. */
  send(res: ServerResponse, id: string, kind: 'json' | 'csv'): void {
    const read = this.rooms.withDoc(id, (doc) => ({ map: readMap(doc).map, title: readMapInfo(doc).title }));
    if (!read) throw new HttpError(404, `map ${id} not found`);
    const { map, title } = read.result;
    // The BOM makes spreadsheet apps read the CSV as UTF-8.
    const text = kind === 'json' ? exportMapJson(map) : '\uFEFF' + mapToCsv(map);
    res.writeHead(200, {
      'Content-Type': kind === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFileName(title, kind)}"`,
      'Cache-Control': 'no-store',
    });
    res.end(text);
  }
}
