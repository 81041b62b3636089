import { describe, expect, it } from 'vitest';
import { applySheetImport } from '../commands/applySheetImport';
import { mapToCsv } from '../export/mapCsv';
import { cleanMap, docState, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import { setStructureLocked } from '../commands/locks';
import { claimFacilitatorSeat } from '../commands/facilitatorSeat';
import { ALICE } from '../testing/facilitationChecks';
import { guessMapping } from './guessMapping';
import { parseCsv } from './parseCsv';
import { planSheetImport } from './planSheetImport';
import type { SheetTable } from './sheetTable';

const read = (csv: string): SheetTable => {
  const r = parseCsv(csv);
  if (!r.ok) throw new Error(r.error);
  return r.table;
};
const plan = (doc: ReturnType<typeof templateDoc>, table: SheetTable) =>
  planSheetImport(cleanMap(doc), table, guessMapping(table.headers));

describe('planSheetImport', () => {
  it('plans an unedited export of the map as "no change" for every row', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const p = plan(doc, read(mapToCsv(map)));
    expect(p.counts).toEqual({ update: 0, new: 0, unchanged: map.touchpoints.length, skip: 0 });
    expect(p.writes).toEqual([]);
  });

  it('matches rows by id: an edited title and emotion update those cards, nothing is duplicated', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const [first, second] = map.touchpoints;
    const table = read(mapToCsv(map));
    const col = (h: string) => table.headers.indexOf(h);
    const rows = table.rows.map((r) => [...r]);
    rows[0]![col('Title')] = 'Renamed in Excel';
    rows[1]![col('Emotion')] = second!.emotion === -2 ? '2' : '-2';
    const p = plan(doc, { ...table, rows });
    expect(p.counts.update).toBe(2);
    expect(p.rows[0]).toMatchObject({ action: 'update', changes: ['title'] });
    expect(p.rows[1]).toMatchObject({ action: 'update', changes: ['emotion'] });

    applySheetImport(doc, p);
    const after = cleanMap(doc);
    expect(after.touchpoints).toHaveLength(map.touchpoints.length);
    expect(after.touchpoints.find((t) => t.id === first!.id)?.title).toBe('Renamed in Excel');
    expect(after.touchpoints.find((t) => t.id === second!.id)?.emotion).toBe(second!.emotion === -2 ? 2 : -2);
  });

  it('adds rows without a known id as new cards, creating the stages no stage is named', () => {
    const doc = templateDoc('blank');
    const p = plan(
      doc,
      read(
        'Phase,Touchpoint,Channel,Feeling\nLoyalty,Pay,Phone,-1\nUnbox,Open the box,,2\nunbox ,Set up,web,\n',
      ),
    );
    expect(p.newStages).toEqual(['Unbox']);
    expect(p.rows.map((r) => r.action)).toEqual(['new', 'new', 'new']);
    applySheetImport(doc, p);
    const map = cleanMap(doc);
    expect(map.stages.at(-1)?.name).toBe('Unbox');
    expect(touchpointTitled(map, 'Pay')).toMatchObject({
      stageId: stageNamed(map, 'Loyalty').id,
      channel: 'phone',
      emotion: -1,
    });
    expect(touchpointTitled(map, 'Set up').stageId).toBe(stageNamed(map, 'Unbox').id);
  });

  it('names bad cells by row and column and skips those rows', () => {
    const doc = templateDoc('blank');
    const p = plan(
      doc,
      read('Stage,Title,Emotion,Channel,Lane\nBuy,Pay,very sad,Web,\nBuy,,1,Fax,Emotions\nBuy,Ok,1,,\n'),
    );
    expect(p.rows[0]?.problems).toEqual(["Row 2, Emotion: 'very sad' is not a number from \u22122 to 2"]);
    expect(p.rows[1]?.problems).toEqual([
      "Row 3, Channel: 'Fax' is not a channel",
      'Row 3, Title: the cell is empty',
      'Row 3, Lane: the Emotions lane holds no cards',
    ]);
    expect(p.rows.map((r) => r.action)).toEqual(['skip', 'skip', 'new']);
    expect(p.writes).toHaveLength(1);
  });

  it('blocks everything without a Stage column, and writes nothing', () => {
    const doc = templateDoc('blank');
    const before = docState(doc);
    const p = plan(doc, read('Title,Emotion\nPay,1\n'));
    expect(p.missing).toEqual(['No column for Stage']);
    expect(p.writes).toEqual([]);
    applySheetImport(doc, p);
    expect(docState(doc)).toEqual(before);
  });

  it('refuses a repeated id and, with the stages locked, a stage the map lacks', () => {
    const doc = templateDoc('sample');
    claimFacilitatorSeat(doc, ALICE);
    setStructureLocked(doc, ALICE, true);
    const id = cleanMap(doc).touchpoints[0]!.id;
    const p = plan(doc, read(`Id,Stage,Title\n${id},Nowhere,A\n${id},Resolution,B\n`));
    expect(p.rows[0]?.problems).toEqual([
      "Row 2, Stage: 'Nowhere' is not a stage of this map, and the stages are locked",
    ]);
    expect(p.rows[1]?.problems).toEqual([`Row 3, Id: '${id}' repeats row 2`]);
  });
});
