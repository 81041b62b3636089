import { describe, expect, it } from 'vitest';
import { applySheetImport } from '../commands/applySheetImport';
import { compareOrderCells } from '../commands/sheetImportOrder';
import { mapToCsv } from '../export/mapCsv';
import type { JourneyMap } from '../journeyMap';
import { sortOrdered } from '../order';
import { cleanMap, templateDoc } from '../testing/testMaps';
import { guessMapping } from './guessMapping';
import { parseCsv } from './parseCsv';
import { planSheetImport } from './planSheetImport';
import type { SheetTable } from './sheetTable';

const read = (csv: string): SheetTable => {
  const r = parseCsv(csv);
  if (!r.ok) throw new Error(r.error);
  return r.table;
};
const importInto = (doc: ReturnType<typeof templateDoc>, table: SheetTable) => {
  const plan = planSheetImport(cleanMap(doc), table, guessMapping(table.headers));
  applySheetImport(doc, plan);
  return plan;
};
/** The titles of a cell's cards, left to right. */
const cellTitles = (map: JourneyMap, stageId: string, laneId: string) =>
  sortOrdered(map.touchpoints.filter((t) => t.stageId === stageId && t.laneId === laneId)).map(
    (t) => t.title,
  );

describe('the Order column', () => {
  it('sorts numbers as numbers and our keys as text', () => {
    expect(['10', '2', 'a1', 'a0', '1'].sort(compareOrderCells)).toEqual(['1', '2', '10', 'a0', 'a1']);
  });

  it('places new cards of a cell in the order of their Order cells, not of the rows', () => {
    const doc = templateDoc('sample');
    importInto(doc, read('Stage,Title,Order\nWrap-up,Third,3\nWrap-up,First,1\nWrap-up,Second,2\n'));
    const map = cleanMap(doc);
    const card = map.touchpoints.find((t) => t.title === 'First')!;
    expect(cellTitles(map, card.stageId, card.laneId)).toEqual(['First', 'Second', 'Third']);
  });

  it('without an Order column, new cards keep the rows’ order', () => {
    const doc = templateDoc('sample');
    importInto(doc, read('Stage,Title\nWrap-up,Third\nWrap-up,First\n'));
    const map = cleanMap(doc);
    const card = map.touchpoints.find((t) => t.title === 'First')!;
    expect(cellTitles(map, card.stageId, card.laneId)).toEqual(['Third', 'First']);
  });

  it('moves an updated card only when its Order changed, and a new card goes between its neighbours', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const cell = map.touchpoints.find((t) =>
      map.touchpoints.some((u) => u.id !== t.id && u.stageId === t.stageId && u.laneId === t.laneId),
    )!;
    const before = cellTitles(map, cell.stageId, cell.laneId);
    const table = read(mapToCsv(map));
    const col = (h: string) => table.headers.indexOf(h);
    const inCell = (r: readonly string[]) =>
      map.touchpoints.find(
        (t) => t.id === r[col('Id')] && t.stageId === cell.stageId && t.laneId === cell.laneId,
      );
    const rows = table.rows.map((r) => [...r]);
    const cellRows = rows.filter((r) => inCell(r));
    // The last card of the cell gets an Order before the first one's; a new card sorts after the first.
    const last = cellRows[cellRows.length - 1]!;
    last[col('Order')] = `${cellRows[0]![col('Order')]!.slice(0, 1)}`;
    const added = table.headers.map(() => '');
    added[col('Stage')] = cellRows[0]![col('Stage')]!;
    added[col('Lane')] = cellRows[0]![col('Lane')]!;
    added[col('Title')] = 'Inserted';
    added[col('Order')] = `${cellRows[0]![col('Order')]!}V`;
    const plan = importInto(doc, { ...table, rows: [...rows, added] });
    expect(plan.rows.filter((r) => r.action === 'update').map((r) => r.changes)).toEqual([['order']]);

    const movedTitle = before[before.length - 1]!;
    const rest = before.slice(0, -1);
    expect(cellTitles(cleanMap(doc), cell.stageId, cell.laneId)).toEqual([
      movedTitle,
      rest[0],
      'Inserted',
      ...rest.slice(1),
    ]);
    // The cards whose Order did not change kept their keys.
    const after = cleanMap(doc);
    for (const t of map.touchpoints.filter((x) => x.title !== movedTitle))
      expect(after.touchpoints.find((x) => x.id === t.id)?.order).toBe(t.order);
  });
});
