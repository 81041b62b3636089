/** Export and import of maps: SVG (and through it PNG/PDF), the JSON map file, the touchpoints, notes and routes CSVs and the XLSX workbook's sheets. */
export {
  renderMapSvg,
  mapExportSize,
  exportGeometry,
  EXPORT_PAGE,
  type MapSvgOptions,
} from './svg/renderMapSvg';
export type { CardDetails } from './svg/renderCardDetails';
export { buildMapFile, exportMapJson, parseMapJson, parseMapFile, type MapFileResult } from './mapFile';
export { writeMapFileToDoc } from './writeMapFile';
export {
  MAP_FILE_FORMAT,
  MAP_FILE_VERSION,
  MAP_FILE_LIMITS,
  mapFileSchema,
  type MapFile,
} from './mapExportFormat';
export { mapToCsv, notesToCsv, routesToCsv } from './mapCsv';
export { CSV_LIST_SEPARATOR } from './csvTable';
export { downloadFileName, exportFileName, isoDay } from './exportFileName';
export {
  EXPORT_FORMATS,
  EXPORT_FORMAT_TRAITS,
  exportContentType,
  exportOptionsOf,
  isPictureFormat,
  isWorkbookFormat,
  type DataExportFormat,
  type DataFormat,
  type ExportFormat,
  type ExportOption,
  type PictureExportFormat,
  type PictureFormat,
  type WorkbookExportFormat,
  type WorkbookFormat,
} from './exportFormats';
export * from './print';
export { mapSheets } from './mapSheets';
