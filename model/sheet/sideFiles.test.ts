import { describe, expect, it } from 'vitest';
import { applySheetImport } from '../commands/applySheetImport';
import { mapToCsv, notesToCsv, routesToCsv } from '../export/mapCsv';
import { cleanMap, templateDoc } from '../testing/testMaps';
import { parseCsv } from './parseCsv';
import { planSideFile, sheetKind } from './sideFiles';
import type { SheetTable } from './sheetTable';

function table(csv: string, name: string): SheetTable {
  const parsed = parseCsv(csv, name);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.table;
}
const edit = (t: SheetTable, row: number, header: string, value: string): SheetTable => ({
  ...t,
  rows: t.rows.map((r, i) => (i === row ? r.map((c, j) => (t.headers[j] === header ? value : c)) : r)),
});

describe('Notes and Routes CSV files on their own', () => {
  it('recognises our three CSV exports by their headers', () => {
    const map = cleanMap(templateDoc('sample'));
    expect(sheetKind(table(mapToCsv(map), 'm.csv'))).toBe('touchpoints');
    expect(sheetKind(table(notesToCsv(map), 'm.notes.csv'))).toBe('notes');
    expect(sheetKind(table(routesToCsv(map), 'm.routes.csv'))).toBe('routes');
    expect(sheetKind({ name: 'x', headers: ['Stage', 'Title', 'Kind', 'Text'], rows: [] })).toBe(
      'touchpoints',
    );
  });

  it('updates the same notes by id from an edited Notes file, adding none', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const notes = table(notesToCsv(map), 'm.notes.csv');
    expect(planSideFile(map, notes, 'notes').notes?.writes).toEqual([]);
    const pain = map.notes.findIndex((n) => n.kind === 'painPoint');
    const edited = edit(edit(notes, pain, 'Whys', 'Old router | No firmware update'), pain, 'Text', 'Drops');
    const plan = planSideFile(map, edited, 'notes');
    expect(plan.notes?.rows[pain]).toMatchObject({ action: 'update', changes: ['text', 'whys'] });
    expect(plan.notes?.writes).toHaveLength(1);
    applySheetImport(doc, plan);
    const after = cleanMap(doc);
    expect(after.notes).toHaveLength(map.notes.length);
    expect(after.notes[pain]).toMatchObject({ text: 'Drops', whys: ['Old router', 'No firmware update'] });
  });

  it('names a route end that is no card and a bad volume by row and column, and plans no write', () => {
    const map = cleanMap(templateDoc('sample'));
    const routes = edit(
      edit(table(routesToCsv(map), 'm.routes.csv'), 0, 'To id', 'tp_nowhere'),
      1,
      'Volume per month',
      'lots',
    );
    const plan = planSideFile(map, routes, 'routes');
    expect(plan.routes?.rows[0]?.problems).toEqual([
      "m.routes.csv row 2, To id: 'tp_nowhere' is no card of this map",
    ]);
    expect(plan.routes?.rows[1]?.problems[0]).toMatch(/^m\.routes\.csv row 3, Volume per month: /);
    expect(plan.routes?.rows.slice(0, 2).map((r) => r.action)).toEqual(['skip', 'skip']);
    expect(plan.routes?.writes).toEqual([]);
  });

  it('adds a route between two cards of the map that are not yet connected', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const linked = new Set(map.connections.map((c) => `${c.from}>${c.to}`));
    const [a, b] = map.touchpoints.flatMap((x) =>
      map.touchpoints.filter((y) => y.id !== x.id && !linked.has(`${x.id}>${y.id}`)).map((y) => [x, y]),
    )[0]!;
    const routes = table(routesToCsv(map), 'm.routes.csv');
    const row = routes.headers.map(
      (h) =>
        ({
          From: a!.title,
          To: b!.title,
          Reason: 'Escalation',
          'Volume per month': '120',
          'From id': a!.id,
          'To id': b!.id,
        })[h] ?? '',
    );
    const plan = planSideFile(map, { ...routes, rows: [...routes.rows, row] }, 'routes');
    expect(plan.routes?.writes).toEqual([{ from: a!.id, to: b!.id, label: 'Escalation', volume: 120 }]);
    applySheetImport(doc, plan);
    expect(cleanMap(doc).connections).toHaveLength(map.connections.length + 1);
  });
});
