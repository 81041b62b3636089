import { z } from 'zod';
import type { MapFile } from '../../model/export';
import { requestJson } from './apiRequest';
import { mapSummarySchema, type MapSummary } from './mapsApi';

const oneMap = z.object({ map: mapSummarySchema }).transform((body) => body.map);

/**
 * Creates a new map from a map file (POST /api/maps/import). The server validates the file again
 * (`parseMapFile`) and seeds the new map's doc in one transaction (`writeMapFileToDoc`), so a bad
 * file creates nothing and a good one appears whole. Answers 201 `{ map }`, or 400 `{ error }`
 * naming what is wrong.
 */
export function importMap(file: MapFile): Promise<MapSummary> {
  return requestJson('/api/maps/import', oneMap, { method: 'POST', body: file });
}
