import type { JourneyMap } from '../../model';
import {
  exportFileName,
  exportMapJson,
  isoDay,
  mapExportSize,
  mapToCsv,
  renderMapSvg,
} from '../../model/export';
import type { ProgressFn } from './exportProgress';
import { pngScale } from './pngScale';
import { rasterizeSvg } from './rasterizeSvg';
import { svgToPdf, type PdfPage } from './svgToPdf';

export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  readonly format: ExportFormat;
  readonly scale: 1 | 2 | 3;
  readonly background: 'white' | 'transparent';
  readonly pdfPage: PdfPage;
}

export interface ExportResult {
  readonly blob: Blob;
  readonly fileName: string;
}

/**
 * One export, from the snapshot (never from the DOM, so it is the whole map, with no selection
 * rings, cursors or toolbars): PNG, SVG and PDF all come from the same `renderMapSvg` page;
 * JSON is the map file an import reads back; CSV lists the touchpoints.
 */
export async function exportMap(
  map: JourneyMap,
  options: ExportOptions,
  signal: AbortSignal,
  onProgress: ProgressFn,
  now: Date = new Date(),
): Promise<ExportResult> {
  const fileName = exportFileName(map.info.title, options.format, now);
  const date = isoDay(now);
  switch (options.format) {
    case 'png': {
      const size = mapExportSize(map, date);
      const s = pngScale(size.width, size.height, options.scale);
      const svg = renderMapSvg(map, { background: options.background, scale: s.scale, date });
      return { blob: await rasterizeSvg(svg, s.width, s.height, signal, onProgress), fileName };
    }
    case 'svg': {
      const svg = renderMapSvg(map, { background: options.background, date });
      return { blob: new Blob([XML_DECLARATION, svg], { type: 'image/svg+xml;charset=utf-8' }), fileName };
    }
    case 'pdf': {
      const svg = renderMapSvg(map, { background: 'white', date });
      const title = map.info.title.trim() || 'Journey map';
      return {
        blob: await svgToPdf(svg, mapExportSize(map, date), options.pdfPage, title, signal, onProgress),
        fileName,
      };
    }
    case 'json':
      return { blob: new Blob([exportMapJson(map, now)], { type: 'application/json' }), fileName };
    case 'csv':
      // The byte-order mark makes Excel read the file as UTF-8 (accents, quotes) instead of ANSI.
      return { blob: new Blob(['\uFEFF', mapToCsv(map)], { type: 'text/csv;charset=utf-8' }), fileName };
  }
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
