import type { JourneyMap, MapVariantView, Persona } from '../../model';
import {
  EXPORT_FORMAT_TRAITS,
  exportContentType,
  downloadFileName,
  isoDay,
  isPictureFormat,
  isWorkbookFormat,
  mapExportSize,
  renderMapSvg,
  type CardDetails,
  type ExportFormat,
  type PictureFormat,
} from '../../model/export';
import { printPages, printSizeNote, type PrintChoices } from './printPages';
import type { ProgressFn } from './exportProgress';
import { pngScale } from './pngScale';
import { rasterizeSvg } from './rasterizeSvg';

export interface ExportOptions {
  readonly format: ExportFormat;
  readonly scale: 1 | 2 | 3;
  readonly background: 'white' | 'transparent';
  /** The PDF's paper, orientation, layout and sections (cover, summary, appendix). */
  readonly print: PrintChoices;
  /** The cards' descriptions and top verbatims, below the legend (off by default). */
  readonly details: CardDetails;
  /** The future state (model/future): current, future, or both with badges and both curves. */
  readonly variant: MapVariantView;
  /** Issue 21: the persona library, for the linked personas' curves (it is not in the map doc). */
  readonly personas?: readonly Persona[];
}

export interface ExportResult {
  readonly blob: Blob;
  readonly fileName: string;
}

/** What the dialog says of a picture's size (`testId`'d), and why it came out smaller than asked. */
export interface PictureSize {
  readonly text: string;
  readonly warning?: string;
}

interface PictureContext {
  readonly date: string;
  readonly signal: AbortSignal;
  readonly onProgress: ProgressFn;
}

/** How the browser draws each picture format (EXPORT_FORMAT_TRAITS says what it is), and its size. */
const PICTURES: Record<
  PictureFormat,
  {
    readonly draw: (map: JourneyMap, options: ExportOptions, context: PictureContext) => Promise<Blob>;
    readonly size: (map: JourneyMap, options: ExportOptions, date: string) => PictureSize;
  }
> = {
  png: {
    async draw(map, options, { date, signal, onProgress }) {
      const size = mapExportSize(map, date, options.details);
      const s = pngScale(size.width, size.height, options.scale);
      const svg = renderMapSvg(map, {
        background: options.background,
        scale: s.scale,
        date,
        details: options.details,
        variant: options.variant,
        personas: options.personas,
      });
      return rasterizeSvg(svg, s.width, s.height, signal, onProgress);
    },
    size(map, options, date) {
      const size = mapExportSize(map, date, options.details);
      const s = pngScale(size.width, size.height, options.scale);
      return {
        text: `${n(s.width)} × ${n(s.height)} px`,
        warning: s.clamped
          ? `This map is too large for a ${options.scale}× image; it is exported at ${s.scale}×. SVG and PDF keep full detail.`
          : undefined,
      };
    },
  },
  svg: {
    draw(map, options, { date }) {
      const svg = renderMapSvg(map, {
        background: options.background,
        date,
        details: options.details,
        variant: options.variant,
        personas: options.personas,
      });
      return Promise.resolve(new Blob([XML_DECLARATION, svg], { type: exportContentType('svg') }));
    },
    size(map, options, date) {
      const size = mapExportSize(map, date, options.details);
      return { text: `${n(size.width)} × ${n(size.height)} px, vector` };
    },
  },
  pdf: {
    async draw(map, options, { date, signal, onProgress }) {
      const print = { ...options.print, variant: options.variant };
      const pages = printPages(map, print, options.details, date, options.personas);
      const title = map.info.title.trim() || 'Journey map';
      onProgress(0.02, 'Loading the PDF writer…');
      // The writer (pdf-lib, fontkit, bidi) and its fonts load only when someone exports a PDF.
      const { writePdf } = await import('./pdf/writePdf');
      return writePdf(pages, { title, subject: 'Customer journey map' }, signal, onProgress);
    },
    size: (map, options, date) => ({
      text: printSizeNote(
        map,
        { ...options.print, variant: options.variant },
        options.details,
        date,
        options.personas,
      ),
    }),
  },
};

const n = (v: number) => v.toLocaleString('en-US');

/** What the dialog says of the file's size: a picture's pixels, or what a data file holds. */
export function exportSizeNote(
  map: JourneyMap,
  options: ExportOptions,
  date: string,
): PictureSize & { readonly picture: boolean } {
  const { format } = options;
  if (isPictureFormat(format)) return { ...PICTURES[format].size(map, options, date), picture: true };
  return { text: EXPORT_FORMAT_TRAITS[format].summary(map), picture: false };
}

/**
 * One export, from the snapshot (never from the DOM, so it is the whole map, with no selection
 * rings, cursors or toolbars): PNG and SVG come from the `renderMapSvg` page, the PDF from
 * `renderPrintPages` (which draws its map pages with the same pieces); JSON is the map file an
 * import reads back; CSV lists the touchpoints; XLSX holds the CSVs' sheets.
 */
export async function exportMap(
  map: JourneyMap,
  options: ExportOptions,
  signal: AbortSignal,
  onProgress: ProgressFn,
  now: Date = new Date(),
  /** What the file is named after: the map's title, and a version's name when it is one. */
  fileTitle: string = map.info.title,
): Promise<ExportResult> {
  const { format } = options;
  const fileName = downloadFileName(fileTitle, EXPORT_FORMAT_TRAITS[format].extension, now);
  if (isPictureFormat(format)) {
    const blob = await PICTURES[format].draw(map, options, { date: isoDay(now), signal, onProgress });
    return { blob, fileName };
  }
  if (isWorkbookFormat(format)) {
    onProgress(0.1, 'Writing the workbook…');
    const { writeXlsx } = await import('./xlsx/writeXlsx');
    const blob = await writeXlsx(EXPORT_FORMAT_TRAITS[format].sheets(map), map.info.title, now);
    return { blob, fileName };
  }
  const text = EXPORT_FORMAT_TRAITS[format].write(map, now);
  return { blob: new Blob([text], { type: exportContentType(format) }), fileName };
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Saves a blob under a file name through the browser's ordinary download. */
export function downloadBlob({ blob, fileName }: ExportResult): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
