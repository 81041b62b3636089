import type { SheetTable } from './sheetTable';

/** Far above any journey map; a wrong pick (a log file) is refused instead of freezing the tab. */
export const CSV_MAX_ROWS = 20_000;

export type CsvResult =
  { readonly ok: true; readonly table: SheetTable } | { readonly ok: false; readonly error: string };

/**
 * Reads a CSV file as spreadsheets write it: RFC 4180 quoting (quoted fields hold separators, line
 * breaks and doubled quotes), CRLF or LF line ends, a UTF-8 byte-order mark, and `,` or `;` as the
 * separator (Excel in many European locales writes `;`), guessed from the header line. Blank lines
 * are skipped; short rows are padded so every row has a cell per header.
 */
export function parseCsv(text: string, name = 'CSV'): CsvResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const separator = guessSeparator(body);
  const records = splitRecords(body, separator);
  if ('error' in records) return { ok: false, error: records.error };
  const lines = records.rows.filter((r) => r.some((c) => c.trim() !== ''));
  const [headers, ...rows] = lines;
  if (!headers) return { ok: false, error: 'The file is empty: there is no header row.' };
  if (rows.length > CSV_MAX_ROWS)
    return { ok: false, error: `The file has ${rows.length} rows; at most ${CSV_MAX_ROWS} can be imported.` };
  const width = headers.length;
  const padded = rows.map((r) =>
    r.length >= width ? r : [...r, ...Array<string>(width - r.length).fill('')],
  );
  return { ok: true, table: { name, headers: headers.map((h) => h.trim()), rows: padded } };
}

/** The separator of the header line (outside quotes): `;` when it has more of them than `,`. */
function guessSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

function splitRecords(text: string, sep: string): { rows: string[][] } | { error: string } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
    } else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) return { error: `A quoted field opened on line ${quoteLine} is never closed.` };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows };
}
