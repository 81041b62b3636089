/** Export and import of maps: SVG (and through it PNG/PDF), the JSON map file, touchpoints CSV. */
export {
  renderMapSvg,
  mapExportSize,
  exportGeometry,
  EXPORT_PAGE,
  type MapSvgOptions,
} from './svg/renderMapSvg';
export { buildMapFile, exportMapJson, parseMapJson, parseMapFile, type MapFileResult } from './mapFile';
export { writeMapFileToDoc } from './writeMapFile';
export {
  MAP_FILE_FORMAT,
  MAP_FILE_VERSION,
  MAP_FILE_LIMITS,
  mapFileSchema,
  type MapFile,
} from './mapExportFormat';
export { mapToCsv, CSV_COLUMNS } from './mapCsv';
export { exportFileName, isoDay } from './exportFileName';
