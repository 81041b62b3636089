import type { CellValue, Worksheet } from 'exceljs';
import type { SheetTable } from '../../../model/sheet';
import { loadExcel } from './loadExcel';

/** Far above any journey map; stops a huge workbook from freezing the tab. */
const MAX_ROWS = 20_000;

/**
 * Reads every worksheet of an XLSX file as a table of text: the first non-empty row is the header,
 * blank rows are dropped, and each cell is what the spreadsheet shows (a formula's result, a rich
 * text's characters, a date as YYYY-MM-DD). Throws with a readable message on a file that is no
 * workbook.
 */
export async function readXlsx(data: ArrayBuffer): Promise<SheetTable[]> {
  const Excel = await loadExcel();
  const book = new Excel.Workbook();
  try {
    await book.xlsx.load(data);
  } catch {
    throw new Error('This file is not an Excel workbook (.xlsx) that can be read.');
  }
  return book.worksheets.map(tableOf).filter((t) => t.headers.length > 0);
}

function tableOf(ws: Worksheet): SheetTable {
  const lines: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    if (lines.length > MAX_ROWS) throw new Error(`The sheet “${ws.name}” has more than ${MAX_ROWS} rows.`);
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    if (cells.some((c) => c?.trim())) lines.push(Array.from(cells, (c) => c ?? ''));
  });
  const [headers = [], ...rows] = lines;
  const width = headers.length;
  return {
    name: ws.name,
    headers: headers.map((h) => h.trim()),
    rows: rows.map((r) => Array.from({ length: Math.max(width, r.length) }, (_, i) => r[i] ?? '')),
  };
}

/** What a cell shows, as text. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  return value.result === undefined ? '' : cellText(value.result);
}
