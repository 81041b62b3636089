import type { SheetOut } from '../../../model/sheet';
import { loadExcel } from './loadExcel';

/** The header row's look: bold on a light fill, like a spreadsheet's own table header. */
const HEADER_FILL = 'FFF1F5F9';

/**
 * Encodes sheets as an XLSX workbook: one worksheet each, a bold header row frozen while scrolling,
 * an autofilter on it, the given column widths, numbers stored as numbers and text wrapping in cells
 * that hold line breaks.
 */
export async function writeXlsx(sheets: readonly SheetOut[], title: string, now: Date): Promise<Blob> {
  const Excel = await loadExcel();
  const book = new Excel.Workbook();
  book.creator = 'Journey';
  book.title = title;
  book.created = now;
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.headers.map((header, i) => ({ header, width: sheet.widths[i] }));
    ws.addRows(sheet.rows.map((r) => [...r]));
    const head = ws.getRow(1);
    head.font = { bold: true };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    if (sheet.headers.length > 0)
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.headers.length } };
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value.includes('\n'))
          cell.alignment = { wrapText: true, vertical: 'top' };
      }),
    );
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}
