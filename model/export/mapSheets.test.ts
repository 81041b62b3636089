import { describe, expect, it } from 'vitest';
import { cleanMap, templateDoc } from '../testing/testMaps';
import { EXPORT_FORMAT_TRAITS } from './exportFormats';
import { mapSheets } from './mapSheets';

describe('mapSheets (the XLSX export)', () => {
  const map = cleanMap(templateDoc('sample'));
  const sheets = mapSheets(map);

  it('holds the three CSV exports, header for header and row for row, then Actions and Metrics', () => {
    const csvHeader = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n')[0];
    const formats = ['csv', 'notesCsv', 'routesCsv'] as const;
    sheets.slice(0, formats.length).forEach((sheet, i) => {
      expect(sheet.headers.join(',')).toBe(csvHeader(EXPORT_FORMAT_TRAITS[formats[i]!].write(map)));
    });
    expect(sheets.map((s) => [s.name, s.rows.length])).toEqual([
      ['Touchpoints', map.touchpoints.length],
      ['Notes', map.notes.length],
      ['Routes', map.connections.length],
      ['Actions', 0],
      ['Metrics', 0],
    ]);
  });

  it('stores numbers as numbers and an absent figure as an empty cell', () => {
    const [touchpoints] = sheets;
    const col = (h: string) => touchpoints!.headers.indexOf(h);
    const withNps = map.touchpoints.findIndex((t) => t.voc?.nps !== undefined);
    const withoutNps = map.touchpoints.findIndex((t) => t.voc?.nps === undefined);
    expect(touchpoints!.rows[withNps]![col('NPS')]).toBe(map.touchpoints[withNps]!.voc!.nps);
    expect(touchpoints!.rows[withoutNps]![col('NPS')]).toBe('');
    expect(touchpoints!.rows.every((r) => typeof r[col('Emotion')] === 'number')).toBe(true);
  });

  it('sizes columns to their content within bounds', () => {
    for (const s of sheets) for (const w of s.widths) expect(w).toBeGreaterThanOrEqual(6);
    const [touchpoints] = sheets;
    const longestTitle = Math.max(...map.touchpoints.map((t) => t.title.length));
    expect(touchpoints!.widths[touchpoints!.headers.indexOf('Title')]).toBe(Math.min(60, longestTitle + 2));
  });
});
