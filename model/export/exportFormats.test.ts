import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT_TRAITS,
  EXPORT_FORMATS,
  exportContentType,
  exportOptionsOf,
  isPictureFormat,
  isWorkbookFormat,
  type ExportFormat,
} from './exportFormats';
import { cleanMap, templateDoc } from '../testing/testMaps';

describe('EXPORT_FORMAT_TRAITS', () => {
  it('gives each format its own extension', () => {
    const extensions = EXPORT_FORMATS.map((f) => EXPORT_FORMAT_TRAITS[f].extension);
    expect(new Set(extensions).size).toBe(EXPORT_FORMATS.length);
  });
  it('says what a download is, as the server has always sent it', () => {
    expect(exportContentType('json')).toBe('application/json; charset=utf-8');
    expect(exportContentType('csv')).toBe('text/csv; charset=utf-8');
    expect(exportContentType('png')).toBe('image/png');
  });
  it('offers options only for pictures, and a background only where it is not always white', () => {
    expect(['png', 'svg', 'pdf'].every((f) => isPictureFormat(f as ExportFormat))).toBe(true);
    expect(isPictureFormat('json') || isPictureFormat('csv')).toBe(false);
    expect(exportOptionsOf('pdf')).not.toContain('background');
    expect(exportOptionsOf('json')).toEqual([]);
  });
  it('offers card details on every picture, and the notes and routes CSVs as their own files', () => {
    expect(['png', 'svg'].every((f) => exportOptionsOf(f as ExportFormat).includes('details'))).toBe(true);
    // The PDF's among its page choices, with the layouts that print the legend (PdfPrintChoices).
    expect(exportOptionsOf('pdf')).toEqual(['page']);
    expect(exportOptionsOf('csv')).toEqual([]);
    expect(exportContentType('notesCsv')).toBe('text/csv; charset=utf-8');
    expect(EXPORT_FORMAT_TRAITS.notesCsv.extension).toBe('notes.csv');
    expect(EXPORT_FORMAT_TRAITS.routesCsv.write(cleanMap(templateDoc('sample')))).toMatch(
      /^\uFEFFFrom,To,Reason,Volume per month,From id,To id\r\n/,
    );
  });
  it('offers the workbook as its own kind: binary, written by the browser, with the map sheets', () => {
    expect(isWorkbookFormat('xlsx')).toBe(true);
    expect(isPictureFormat('xlsx') || isWorkbookFormat('csv')).toBe(false);
    expect(exportOptionsOf('xlsx')).toEqual([]);
    expect(exportContentType('xlsx')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const sheets = EXPORT_FORMAT_TRAITS.xlsx.sheets(cleanMap(templateDoc('sample')));
    expect(sheets.map((s) => s.name)).toEqual(['Touchpoints', 'Notes', 'Routes', 'Actions', 'Metrics']);
  });
});
