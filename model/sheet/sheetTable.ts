/**
 * A spreadsheet as the importer sees it: one table per sheet (or CSV file), a header row and data
 * rows of text. XLSX numbers arrive as text too (`String(n)`), so one parser reads both.
 */
export interface SheetTable {
  /** The sheet's name (XLSX), or the file's name (CSV). */
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
}

/** A cell written to a workbook: a number stays a number, so sums and sorting work in Excel. */
export type SheetCell = string | number;

/** A sheet the XLSX export writes: its name, header row, cells and column widths in characters. */
export interface SheetOut {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<readonly SheetCell[]>;
  readonly widths: readonly number[];
}

/**
 * A cell as the user typed it: trimmed, and without the apostrophe our exports put before text that
 * starts with = + - @ (csvTable.ts `safeText`), so an export → import round trip changes nothing.
 */
export function cellText(cell: string | undefined): string {
  const text = (cell ?? '').trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** A header compared loosely: "Sample size", "sample_size" and "SampleSize" are one name. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The sheet's data row number as a spreadsheet shows it (the header is row 1). */
export function sheetRowNumber(index: number): number {
  return index + 2;
}
