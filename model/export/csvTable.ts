/**
 * One CSV column: its header and how a row's cell is written. Columns are tables (see mapCsv.ts), so
 * adding a field is one line and the header can never drift from the cells under it.
 */
export interface CsvColumn<Row> {
  readonly header: string;
  readonly cell: (row: Row) => string;
  /** Its cells are numbers (or empty): a workbook stores them as numbers (mapSheets.ts). */
  readonly numeric?: boolean;
}

/** Several values in one cell (verbatims, whys): joined with this, which the README documents. */
export const CSV_LIST_SEPARATOR = ' | ';

/**
 * Rows as CSV for spreadsheets (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
 * hold a comma, quote or line break, quotes doubled), with a header row.
 */
export function writeCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => c.cell(row)))];
  return lines.map((line) => line.map(quote).join(',')).join('\r\n') + '\r\n';
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * Text a person typed that starts with = + - @ (or a tab/CR) is prefixed with ' so a spreadsheet
 * shows it instead of running it as a formula (CSV injection). Numbers are written as numbers.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A list of typed texts in one cell, each defused. */
export function safeList(items: readonly string[] | undefined): string {
  return (items ?? []).map(safeText).join(CSV_LIST_SEPARATOR);
}

/** An optional number: empty when absent. */
export function numberCell(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
