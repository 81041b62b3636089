import { parseCsv, type ExtraSheets, type SheetTable } from '../../model/sheet';

/** Far above any journey spreadsheet; stops a wrong pick from freezing the tab. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The file types the picker offers: CSV (any separator) and Excel workbooks. */
export const SHEET_FILE_ACCEPT =
  '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Reads a picked file as tables: a CSV is one table named after the file; an XLSX workbook is one
 * table per sheet (its reader loads only now). Throws with a message people can act on.
 */
export async function readSheetFile(file: File): Promise<SheetTable[]> {
  if (file.size > MAX_FILE_BYTES) throw new Error('The file is too large to be a journey spreadsheet.');
  if (/\.xlsx$/i.test(file.name)) {
    const { readXlsx } = await import('../export/xlsx/readXlsx');
    const tables = await readXlsx(await file.arrayBuffer());
    if (tables.length === 0) throw new Error('The workbook has no sheet with a header row.');
    return tables;
  }
  if (/\.(xls|numbers|ods)$/i.test(file.name))
    throw new Error('Save the spreadsheet as .xlsx or .csv first: only those can be read.');
  const parsed = parseCsv(await file.text(), file.name);
  if (!parsed.ok) throw new Error(parsed.error);
  return [parsed.table];
}

/** The sheet to start with: one named Touchpoints (our own workbook), else the first. */
export function firstSheetIndex(tables: readonly SheetTable[]): number {
  return Math.max(
    0,
    tables.findIndex((t) => t.name.trim().toLowerCase() === 'touchpoints'),
  );
}

/** A file's name without its extension: the new map's title. */
export function baseName(fileName: string): string {
  return fileName.replace(/\.(csv|tsv|txt|xlsx)$/i, '').trim();
}

/** A workbook's Notes and Routes sheets (by name), read beside the touchpoints sheet `chosen`. */
export function extraSheets(tables: readonly SheetTable[], chosen: number): ExtraSheets {
  const named = (name: string) => tables.find((t, i) => i !== chosen && t.name.trim().toLowerCase() === name);
  return { notes: named('notes'), routes: named('routes') };
}
