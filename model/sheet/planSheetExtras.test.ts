import { describe, expect, it } from 'vitest';
import { applySheetImport } from '../commands/applySheetImport';
import { mapSheets } from '../export/mapSheets';
import type { JourneyMap } from '../journeyMap';
import { cleanMap, templateDoc } from '../testing/testMaps';
import { guessMapping } from './guessMapping';
import { planSheetImport } from './planSheetImport';
import { newSheetMapDoc, sheetMapFile } from './sheetMapFile';
import type { SheetTable } from './sheetTable';

/** Our workbook as the importer reads it back: every cell as text. */
function workbook(map: JourneyMap): [SheetTable, SheetTable, SheetTable] {
  const [t, n, r] = mapSheets(map).map((s) => ({
    name: s.name,
    headers: s.headers,
    rows: s.rows.map((row) => row.map(String)),
  }));
  return [t!, n!, r!];
}
const edit = (table: SheetTable, row: number, header: string, value: string): SheetTable => ({
  ...table,
  rows: table.rows.map((r, i) =>
    i === row ? r.map((c, j) => (table.headers[j] === header ? value : c)) : r,
  ),
});

describe('planSheetImport with the Notes and Routes sheets', () => {
  it('plans an unedited workbook as no change, and an edited why and volume as updates', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const [touchpoints, notes, routes] = workbook(map);
    const same = planSheetImport(map, touchpoints, guessMapping(touchpoints.headers), { notes, routes });
    expect(same.notes?.rows.every((r) => r.action === 'unchanged')).toBe(true);
    expect(same.routes?.rows.every((r) => r.action === 'unchanged')).toBe(true);

    const pain = map.notes.findIndex((n) => n.kind === 'painPoint');
    const plan = planSheetImport(map, touchpoints, guessMapping(touchpoints.headers), {
      notes: edit(notes, pain, 'Whys', 'The router reboots | Firmware bug'),
      routes: edit(routes, 0, 'Volume per month', '4200'),
    });
    expect(plan.notes?.rows[pain]).toMatchObject({ action: 'update', changes: ['whys'] });
    expect(plan.routes?.rows[0]).toMatchObject({ action: 'update', changes: ['volume'] });
    applySheetImport(doc, plan);
    const after = cleanMap(doc);
    expect(after.notes[pain]?.whys).toEqual(['The router reboots', 'Firmware bug']);
    expect(after.connections[0]?.volume).toBe(4200);
    expect(after.notes).toHaveLength(map.notes.length);
  });

  it('names bad note and route cells by sheet, row and column', () => {
    const map = cleanMap(templateDoc('sample'));
    const [touchpoints, notes, routes] = workbook(map);
    const plan = planSheetImport(map, touchpoints, guessMapping(touchpoints.headers), {
      notes: edit(notes, 0, 'Kind', 'Idea'),
      routes: edit(routes, 0, 'To id', 'tp_nowhere'),
    });
    expect(plan.notes?.rows[0]?.problems).toEqual([
      "Notes row 2, Kind: 'Idea' is not pain point or opportunity",
    ]);
    expect(plan.routes?.rows[0]?.problems).toEqual([
      "Routes row 2, To id: 'tp_nowhere' is no card of this map or the sheet",
    ]);
  });

  it('rebuilds a whole map from the workbook on the maps page: notes keep their cards, routes their ends', () => {
    const map = cleanMap(templateDoc('sample'));
    const [touchpoints, notes, routes] = workbook(map);
    const seed = newSheetMapDoc('Copy');
    const plan = planSheetImport(cleanMap(seed), touchpoints, guessMapping(touchpoints.headers), {
      notes,
      routes,
    });
    const file = sheetMapFile(seed, plan);
    const title = (id: string | undefined) => file.map.touchpoints.find((t) => t.id === id)?.title;
    const titleIn = (id: string | undefined) => map.touchpoints.find((t) => t.id === id)?.title;
    expect(file.map.stages.map((s) => s.name)).toEqual(map.stages.map((s) => s.name));
    expect(file.map.notes.map((n) => [n.kind, n.text, title(n.touchpointId), n.whys])).toEqual(
      map.notes.map((n) => [n.kind, n.text, titleIn(n.touchpointId), n.whys]),
    );
    // Connections are kept in id order, and the new cards have new ids: compare them as sets.
    const routesOf = (list: JourneyMap['connections'], name: typeof title) =>
      list.map((c) => JSON.stringify([name(c.from), name(c.to), c.label, c.volume])).sort();
    expect(routesOf(file.map.connections, title)).toEqual(routesOf(map.connections, titleIn));
    expect(file.map.connections).toHaveLength(map.connections.length);
  });
});
