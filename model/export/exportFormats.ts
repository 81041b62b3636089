import type { JourneyMap } from '../journeyMap';
import type { SheetOut } from '../sheet/sheetTable';
import { mapToCsv, notesToCsv, routesToCsv } from './mapCsv';
import { mapSheets } from './mapSheets';
import { exportMapJson } from './mapFile';

/** The file formats a map exports to, in the order the export dialog offers them. */
export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'json', 'csv', 'notesCsv', 'routesCsv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A choice the export dialog offers for a picture format. */
export type ExportOption = 'scale' | 'background' | 'page' | 'details';

interface ExportFormatBase {
  /** Its name in the export dialog. */
  readonly label: string;
  /** What the file is for, under the name. */
  readonly hint: string;
  /** The file name's extension (`exportFileName`). */
  readonly extension: string;
  /** The file's media type, without parameters (see `exportContentType`). */
  readonly mimeType: string;
  /** The file is UTF-8 text, so its Content-Type says so. */
  readonly utf8: boolean;
}

/** A picture of the map, drawn from the `renderMapSvg` page in the browser (client/export/exportMap.ts). */
export interface PictureExportFormat extends ExportFormatBase {
  readonly kind: 'picture';
  /** The choices the dialog shows for it; without `background` the picture is on white. */
  readonly options: readonly ExportOption[];
}

/** The map's data as text, written the same way by the browser and the server's download routes. */
export interface DataExportFormat extends ExportFormatBase {
  readonly kind: 'data';
  /** What the file holds, shown in the dialog instead of a preview. */
  readonly about: string;
  /** What the dialog says of the file's size. */
  readonly summary: (map: JourneyMap) => string;
  /** The whole file. */
  readonly write: (map: JourneyMap, now?: Date) => string;
}

/**
 * A workbook (XLSX): binary, so the model says what its sheets hold and the browser encodes them
 * (client/export/xlsx/writeXlsx.ts, whose library loads only when someone exports one).
 */
export interface WorkbookExportFormat extends ExportFormatBase {
  readonly kind: 'workbook';
  /** What the file holds, shown in the dialog instead of a preview. */
  readonly about: string;
  /** What the dialog says of the file's size. */
  readonly summary: (map: JourneyMap) => string;
  /** The sheets, in order: names, headers, cells (numbers as numbers) and column widths. */
  readonly sheets: (map: JourneyMap) => SheetOut[];
}

/** The byte-order mark makes Excel read a CSV as UTF-8 (accents, quotes) instead of ANSI. */
const BOM = '\uFEFF';

/** What an export format means, as data: code reads these traits instead of testing for a format. */
export const EXPORT_FORMAT_TRAITS = {
  png: {
    kind: 'picture',
    label: 'PNG',
    hint: 'An image for slides and documents',
    extension: 'png',
    mimeType: 'image/png',
    utf8: false,
    options: ['scale', 'background', 'details'],
  },
  svg: {
    kind: 'picture',
    label: 'SVG',
    hint: 'Vector, editable in design tools',
    extension: 'svg',
    mimeType: 'image/svg+xml',
    utf8: true,
    options: ['background', 'details'],
  },
  pdf: {
    kind: 'picture',
    label: 'PDF',
    hint: 'Print-ready pages: cover, summary, map, appendix',
    extension: 'pdf',
    mimeType: 'application/pdf',
    utf8: false,
    // Its card details are among the page choices: only the layouts that print the legend have them.
    options: ['page'],
  },
  json: {
    kind: 'data',
    label: 'JSON',
    hint: 'The whole map, to back up or import elsewhere',
    extension: 'json',
    mimeType: 'application/json',
    utf8: true,
    about:
      'The whole map (header, stages, lanes, touchpoints, connections, notes) as a Journey map file: a backup, or a way to move the map to another Journey server. Import it from the maps page.',
    summary: (map) =>
      `${map.stages.length} stages · ${map.touchpoints.length} touchpoints · ${map.notes.length} notes`,
    write: (map, now?: Date) => exportMapJson(map, now),
  },
  csv: {
    kind: 'data',
    label: 'CSV',
    hint: 'Touchpoints for spreadsheets, every field',
    extension: 'csv',
    mimeType: 'text/csv',
    utf8: true,
    about:
      'One row per touchpoint with every field: id, stage, lane, order, title, channel, owner, emotion and its source, description, hub and hub override, NPS, CSAT, sample size and verbatims (joined with " | "). Notes and routes are separate CSV files.',
    summary: (map) => `${map.touchpoints.length} touchpoints`,
    write: (map) => BOM + mapToCsv(map),
  },
  notesCsv: {
    kind: 'data',
    label: 'Notes CSV',
    hint: 'Pain points and opportunities for spreadsheets',
    extension: 'notes.csv',
    mimeType: 'text/csv',
    utf8: true,
    about:
      'One row per pain point or opportunity: id, kind, stage, the card it is pinned to, text, owner, CX area and whys (joined with " | ").',
    summary: (map) => `${map.notes.length} notes`,
    write: (map) => BOM + notesToCsv(map),
  },
  routesCsv: {
    kind: 'data',
    label: 'Routes CSV',
    hint: 'Routes between cards for spreadsheets',
    extension: 'routes.csv',
    mimeType: 'text/csv',
    utf8: true,
    about: "One row per route: from and to card, reason and volume per month (and the cards' ids).",
    summary: (map) => `${map.connections.length} routes`,
    write: (map) => BOM + routesToCsv(map),
  },
  xlsx: {
    kind: 'workbook',
    label: 'Excel',
    hint: 'One workbook: touchpoints, notes and routes',
    extension: 'xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    utf8: false,
    about:
      "One workbook with three sheets, Touchpoints, Notes and Routes, holding the CSV exports' columns (numbers as numbers). Edit it and import it back with “Import spreadsheet…”: rows update their cards by id.",
    summary: (map) =>
      `${map.touchpoints.length} touchpoints · ${map.notes.length} notes · ${map.connections.length} routes`,
    sheets: mapSheets,
  },
} satisfies Readonly<Record<ExportFormat, PictureExportFormat | DataExportFormat | WorkbookExportFormat>>;

type FormatsOf<K> = {
  [F in ExportFormat]: (typeof EXPORT_FORMAT_TRAITS)[F] extends { kind: K } ? F : never;
}[ExportFormat];
/** Formats drawn from the SVG page (in the browser). */
export type PictureFormat = FormatsOf<'picture'>;
/** Formats written as text from the snapshot (in the browser, or by the server). */
export type DataFormat = FormatsOf<'data'>;
/** Formats written as a workbook (in the browser). */
export type WorkbookFormat = FormatsOf<'workbook'>;

/** A picture format: the browser draws it. */
export function isPictureFormat(format: ExportFormat): format is PictureFormat {
  return EXPORT_FORMAT_TRAITS[format].kind === 'picture';
}

/** A workbook format: the browser encodes its sheets. */
export function isWorkbookFormat(format: ExportFormat): format is WorkbookFormat {
  return EXPORT_FORMAT_TRAITS[format].kind === 'workbook';
}

/** The choices the export dialog offers for a format (none for a data format). */
export function exportOptionsOf(format: ExportFormat): readonly ExportOption[] {
  const traits: PictureExportFormat | DataExportFormat | WorkbookExportFormat = EXPORT_FORMAT_TRAITS[format];
  return traits.kind === 'picture' ? traits.options : [];
}

/** The Content-Type of a download, and the type of the Blob the browser saves. */
export function exportContentType(format: ExportFormat): string {
  const { mimeType, utf8 } = EXPORT_FORMAT_TRAITS[format];
  return utf8 ? `${mimeType}; charset=utf-8` : mimeType;
}
