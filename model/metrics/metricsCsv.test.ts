import { describe, expect, it } from 'vitest';
import { addTouchpoint } from '../commands/touchpoints';
import { parseCsv } from '../sheet/parseCsv';
import type { SheetTable } from '../sheet/sheetTable';
import { cleanMap, stageNamed, templateDoc } from '../testing/testMaps';
import { guessMetricsCsvMapping, planMetricsCsv } from './metricsCsv';

const NOW = Date.parse('2026-06-15T12:00:00Z');

function cards() {
  const doc = templateDoc();
  const stage = stageNamed(cleanMap(doc), 'Use').id;
  const sms = addTouchpoint(doc, { stageId: stage, title: 'Delivery SMS', channel: 'messaging' });
  const call = addTouchpoint(doc, { stageId: stage, title: 'Agent call', channel: 'phone' });
  addTouchpoint(doc, { stageId: stage, title: 'Twin', channel: 'web' });
  addTouchpoint(doc, { stageId: stage, title: 'twin', channel: 'web' });
  return { map: cleanMap(doc), sms, call };
}

function csv(text: string): SheetTable {
  const read = parseCsv(text, 'metrics.csv');
  if (!read.ok) throw new Error(read.error);
  return read.table;
}

describe('guessMetricsCsvMapping', () => {
  it('maps columns by their usual names', () => {
    expect(
      guessMetricsCsvMapping(['Touchpoint', 'Metric', 'Score', 'Sample size', 'Tool', 'Date', 'Comment']),
    ).toEqual({
      columns: { touchpoint: 0, kind: 1, value: 2, sample: 3, source: 4, date: 5, verbatim: 6 },
    });
  });

  it('reads a column named after a kind as that kind for the whole file', () => {
    expect(guessMetricsCsvMapping(['Card', 'CSAT', 'Responses'])).toEqual({
      columns: { touchpoint: 0, value: 1, sample: 2 },
      fixedKind: 'csat',
    });
  });
});

describe('planMetricsCsv', () => {
  it('reads ids and titles, kinds by name or custom, "4,2" decimals and today as the default date', () => {
    const { map, sms, call } = cards();
    const table = csv(
      [
        'touchpoint;metric;value;n;date;verbatim',
        `${sms};CSAT;"4,2";310;2026-05-31;`,
        'agent call;nps;-12;;;Too long on hold',
        'Agent call;First contact resolution;71.5;;2026-06-01;',
        'Agent call;;;;;Friendly',
      ].join('\n'),
    );
    const plan = planMetricsCsv(map, table, guessMetricsCsvMapping(table.headers), NOW);
    expect(plan.errors).toEqual([]);
    expect(plan.points.map((p) => [p.touchpointId, p.kind, p.name, p.value, p.sample, p.date])).toEqual([
      [sms, 'csat', undefined, 4.2, 310, '2026-05-31'],
      [call, 'nps', undefined, -12, undefined, '2026-06-15'],
      [call, 'custom', 'First contact resolution', 71.5, undefined, '2026-06-01'],
    ]);
    expect(plan.verbatims).toEqual([
      { touchpointId: call, text: 'Too long on hold' },
      { touchpointId: call, text: 'Friendly' },
    ]);
    expect(plan.rows.map((r) => [r.row, r.kind, r.value, r.verbatim, r.error])).toEqual([
      [2, 'csat', 4.2, undefined, undefined],
      [3, 'nps', -12, 'Too long on hold', undefined],
      [4, 'custom', 71.5, undefined, undefined],
      [5, undefined, undefined, 'Friendly', undefined],
    ]);
  });

  it('uses a file-wide kind', () => {
    const { map, sms } = cards();
    const table = csv(`Card,CSAT\n${sms},3.5\n`);
    const plan = planMetricsCsv(map, table, { columns: { touchpoint: 0, value: 1 }, fixedKind: 'csat' }, NOW);
    expect(plan.points).toMatchObject([{ touchpointId: sms, kind: 'csat', value: 3.5 }]);
  });

  it('names each bad row by its spreadsheet row, and then plans no writes at all', () => {
    const { map } = cards();
    const table = csv(
      [
        'touchpoint,metric,value,date',
        'Delivery SMS,CSAT,4,2026-05-31', // row 2: fine
        'Nowhere,CSAT,4,', // row 3
        'twin,NPS,10,', // row 4: two cards share the title
        'Agent call,CSAT,9,', // row 5: off the scale
        'Agent call,CSAT,four,', // row 6: not a number
        'Agent call,CSAT,4,31/05/2026', // row 7: not a date
        'Agent call,,4,', // row 8: custom without a name
      ].join('\n'),
    );
    const plan = planMetricsCsv(map, table, guessMetricsCsvMapping(table.headers), NOW);
    expect(plan.points).toEqual([]);
    expect(plan.verbatims).toEqual([]);
    expect(plan.errors.map((e) => e.path)).toEqual(['row 3', 'row 4', 'row 5', 'row 6', 'row 7', 'row 8']);
    const byRow = new Map(plan.errors.map((e) => [e.path, e.message]));
    expect(byRow.get('row 3')).toBe('no touchpoint called "Nowhere"');
    expect(byRow.get('row 4')).toBe('2 touchpoints are called "twin": use touchpointId');
    expect(byRow.get('row 5')).toBe('CSAT must be between 1 and 5');
    expect(byRow.get('row 6')).toMatch(/^value: /);
    expect(byRow.get('row 7')).toMatch(/^date: expected a date as YYYY-MM-DD/);
    expect(byRow.get('row 8')).toBe('a custom metric needs a name');
    expect(plan.rows.find((r) => r.row === 2)?.error).toBeUndefined();
  });

  it('asks for the touchpoint and value columns before reading rows', () => {
    const { map } = cards();
    const table = csv('a,b\nx,1\n');
    expect(planMetricsCsv(map, table, { columns: {} }, NOW).errors).toEqual([
      { path: 'columns', message: 'No column for Touchpoint' },
      { path: 'columns', message: 'No column for Value (or Verbatim)' },
    ]);
  });
});
