/** Spreadsheet import: CSV reading, column mapping, the plan (preview) and the new map's file. */
export { parseCsv, CSV_MAX_ROWS, type CsvResult } from './parseCsv';
export { cellText, headerKey, type SheetCell, type SheetOut, type SheetTable } from './sheetTable';
export { guessMapping, missingColumns, type ColumnMapping } from './guessMapping';
export {
  TOUCHPOINT_FIELDS,
  TOUCHPOINT_FIELD_TRAITS,
  type SheetField,
  type TouchpointField,
} from './touchpointFields';
export {
  countActions,
  planSheetImport,
  planWriteCount,
  type PlannedRow,
  type RowAction,
  type SheetImportPlan,
  type ExtraSheets,
  type TouchpointWrite,
} from './planSheetImport';
export { newSheetMapDoc, sheetMapFile } from './sheetMapFile';
export {
  applySheetImport,
  type SheetImportResult,
  type SheetImportWrites,
} from '../commands/applySheetImport';
export type { ExtraPlan, NoteWrite, RouteWrite } from './planSheetExtras';
export { planSideFile, sheetKind, type SheetKind } from './sideFiles';
