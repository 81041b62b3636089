import * as Y from 'yjs';
import { applySheetImport } from '../commands/applySheetImport';
import { metaMap, writeMetaField } from '../docLayout';
import { buildMapFile } from '../export/mapFile';
import type { MapFile } from '../export/mapExportFormat';
import { CURRENT_SCHEMA_VERSION } from '../migrations';
import { TEMPLATE_ORIGIN } from '../origins';
import { readMap } from '../readMap';
import { EMPTY_MAP_INFO, MAP_INFO_MAX_LENGTH } from '../records/mapInfo';
import { writeGrid } from '../templates/blankMap';
import type { SheetImportWrites } from '../commands/applySheetImport';

/**
 * The map a spreadsheet becomes on the maps page, before its rows: a title (the file's name), the
 * default lanes and no stages (the sheet's stage names become the stages). Plan the import against
 * `readMap` of it, then build the file with `sheetMapFile`, so the lanes the plan named are the
 * file's. Never synced: the server creates the real map from the file and validates it again.
 */
export function newSheetMapDoc(title: string): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    metaMap(doc).set('schemaVersion', CURRENT_SCHEMA_VERSION);
    const name = title.trim().slice(0, MAP_INFO_MAX_LENGTH.title) || EMPTY_MAP_INFO.title;
    for (const [k, v] of Object.entries({ ...EMPTY_MAP_INFO, title: name })) writeMetaField(doc, k, v);
    writeGrid(doc, []);
  }, TEMPLATE_ORIGIN);
  return doc;
}

/** The map file of `seed` with the planned rows written into a copy of it (the seed stays as it is). */
export function sheetMapFile(seed: Y.Doc, plan: SheetImportWrites, now: Date = new Date()): MapFile {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed));
  applySheetImport(doc, plan, TEMPLATE_ORIGIN);
  return buildMapFile(readMap(doc).map, now);
}
