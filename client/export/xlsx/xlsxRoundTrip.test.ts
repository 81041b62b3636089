import { describe, expect, it } from 'vitest';
import { mapSheets } from '../../../model/export';
import { guessMapping, planSheetImport } from '../../../model/sheet';
import { cleanMap, templateDoc } from '../../../model/testing/testMaps';
import { readXlsx } from './readXlsx';
import { writeXlsx } from './writeXlsx';

describe('XLSX export → import', () => {
  it('writes the map sheets with numbers as numbers, and reads back every cell as the CSV has it', async () => {
    const map = cleanMap(templateDoc('sample'));
    const sheets = mapSheets(map);
    const blob = await writeXlsx(sheets, map.info.title, new Date('2026-03-03T10:00:00Z'));
    const tables = await readXlsx(await blob.arrayBuffer());
    expect(tables.map((t) => t.name)).toEqual(['Touchpoints', 'Notes', 'Routes', 'Actions', 'Metrics']);
    const [touchpoints] = tables;
    expect(touchpoints!.headers).toEqual(sheets[0]!.headers);
    expect(touchpoints!.rows).toEqual(sheets[0]!.rows.map((r) => r.map(String)));
    const emotion = sheets[0]!.headers.indexOf('Emotion');
    expect(typeof sheets[0]!.rows[0]![emotion]).toBe('number');
    const plan = planSheetImport(map, touchpoints!, guessMapping(touchpoints!.headers));
    expect(plan.counts).toMatchObject({ unchanged: map.touchpoints.length, new: 0, skip: 0 });
  });

  it('refuses a file that is no workbook, saying so', async () => {
    await expect(readXlsx(new TextEncoder().encode('Stage,Title\n').buffer)).rejects.toThrow(
      'This file is not an Excel workbook (.xlsx) that can be read.',
    );
  });
});
