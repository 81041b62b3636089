import { describe, expect, it } from 'vitest';
import { parseMapFile } from '../export/mapFile';
import { guessMapping } from '../sheet/guessMapping';
import { parseCsv } from '../sheet/parseCsv';
import { planSheetImport } from '../sheet/planSheetImport';
import { newSheetMapDoc, sheetMapFile } from '../sheet/sheetMapFile';
import type { SheetTable } from '../sheet/sheetTable';
import { cleanMap, docState, templateDoc } from '../testing/testMaps';
import { applySheetImport } from './applySheetImport';
import { deleteTouchpoint } from './touchpoints';

const read = (csv: string): SheetTable => {
  const r = parseCsv(csv);
  if (!r.ok) throw new Error(r.error);
  return r.table;
};

describe('applySheetImport', () => {
  it('writes new stages, updates and new cards in one transaction', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const id = map.touchpoints[0]!.id;
    const table = read(`Id,Stage,Title\n${id},Renewal,Moved\n,Renewal,Fresh\n`);
    const plan = planSheetImport(map, table, guessMapping(table.headers));
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(applySheetImport(doc, plan)).toEqual({
      updated: 1,
      added: 1,
      stagesAdded: 1,
      notes: 0,
      routes: 0,
    });
    expect(transactions).toBe(1);
    const after = cleanMap(doc);
    const renewal = after.stages.find((s) => s.name === 'Renewal')!;
    expect(after.touchpoints.filter((t) => t.stageId === renewal.id).map((t) => t.title)).toEqual([
      'Moved',
      'Fresh',
    ]);
  });

  it('refuses, writing nothing, when a card it updates was deleted since the plan', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const id = map.touchpoints[0]!.id;
    const table = read(`Id,Stage,Title\n${id},Brand new,Renamed\n,Brand new,Another\n`);
    const plan = planSheetImport(map, table, guessMapping(table.headers));
    deleteTouchpoint(doc, id);
    const before = docState(doc);
    expect(() => applySheetImport(doc, plan)).toThrow(/deleted meanwhile/);
    expect(docState(doc)).toEqual(before);
  });
});

describe('sheetMapFile', () => {
  it('builds a valid map file whose stages are the sheet’s, in the order rows name them', () => {
    const seed = newSheetMapDoc('Onboarding.csv');
    const table = read('Stage,Title,Emotion\nSign up,Form,1\nVerify,Email code,-1\nSign up,Welcome,2\n');
    const plan = planSheetImport(cleanMap(seed), table, guessMapping(table.headers));
    const file = sheetMapFile(seed, plan);
    const parsed = parseMapFile(file);
    expect(parsed.ok).toBe(true);
    expect(file.map.info.title).toBe('Onboarding.csv');
    expect(file.map.stages.map((s) => s.name)).toEqual(['Sign up', 'Verify']);
    expect(file.map.touchpoints.map((t) => [t.title, t.emotion])).toEqual([
      ['Form', 1],
      ['Welcome', 2],
      ['Email code', -1],
    ]);
    // The seed stays as planned, so a second try builds the same file.
    expect(cleanMap(seed).stages).toEqual([]);
  });
});
