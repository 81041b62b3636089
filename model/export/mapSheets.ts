import type { JourneyMap } from '../journeyMap';
import type { SheetCell, SheetOut } from '../sheet/sheetTable';
import type { CsvColumn } from './csvTable';
import { ACTION_COLUMNS, METRIC_COLUMNS } from './programmeColumns';
import { NOTE_COLUMNS, ROUTE_COLUMNS, TOUCHPOINT_COLUMNS, namesOf } from './mapCsv';

/** Column widths in characters: room for the header and most cells, never a screen wide. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/**
 * The map as workbook sheets (Touchpoints, Notes, Routes) with exactly the CSV exports' columns, so
 * the two exports can never drift apart and one importer reads both; then the programme's Actions
 * and Metrics (a Metrics sheet saved as CSV loads back through the metrics import). Numeric columns
 * hold numbers.
 */
export function mapSheets(map: JourneyMap): SheetOut[] {
  const names = namesOf(map);
  return [
    sheetOf('Touchpoints', TOUCHPOINT_COLUMNS(names), map.touchpoints),
    sheetOf('Notes', NOTE_COLUMNS(names), map.notes),
    sheetOf('Routes', ROUTE_COLUMNS(names), map.connections),
    sheetOf('Actions', ACTION_COLUMNS(names, map), map.actions),
    sheetOf('Metrics', METRIC_COLUMNS(names), map.metrics),
  ];
}

function sheetOf<Row>(name: string, columns: readonly CsvColumn<Row>[], items: readonly Row[]): SheetOut {
  const rows = items.map((item) => columns.map((c): SheetCell => cellOf(c, item)));
  const widths = columns.map((c, i) => {
    const longest = Math.max(c.header.length, ...rows.map((r) => longestLine(String(r[i] ?? ''))));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
  return { name, headers: columns.map((c) => c.header), rows, widths };
}

function cellOf<Row>(column: CsvColumn<Row>, item: Row): SheetCell {
  const text = column.cell(item);
  return column.numeric && text !== '' ? Number(text) : text;
}

const longestLine = (text: string) => Math.max(0, ...text.split('\n').map((l) => l.length));
