import { describe, expect, it } from 'vitest';
import { addAction } from '../commands/actions';
import { applyMetricsPlan } from '../commands/metrics';
import { addNote } from '../commands/notes';
import { guessMetricsCsvMapping, planMetricsCsv } from '../metrics/metricsCsv';
import { planMetrics } from '../metrics/metricsInput';
import { cleanMap, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import { mapSheets } from './mapSheets';

const NOW = Date.parse('2026-06-15T12:00:00Z');

function programmeMap() {
  const doc = templateDoc('sample');
  const map = cleanMap(doc);
  const agent = touchpointTitled(map, 'Agent call').id;
  const status = touchpointTitled(map, 'Status page').id;
  const pain = addNote(doc, {
    kind: 'painPoint',
    stageId: stageNamed(map, 'Contact support').id,
    touchpointId: agent,
    text: 'Long hold',
  });
  addAction(
    doc,
    {
      noteId: pain,
      title: '=Call-back slots',
      status: 'doing',
      owner: 'Care',
      due: '2026-05-01',
      cxArea: 'design',
      value: 4,
      effort: 2,
      link: 'https://github.com/acme/care/issues/12',
      touchpointIds: [agent, status],
    },
    undefined,
    NOW,
  );
  applyMetricsPlan(
    doc,
    planMetrics(
      map,
      {
        points: [
          {
            touchpointId: agent,
            kind: 'csat',
            value: 3.8,
            sample: 120,
            source: 'Medallia',
            date: '2026-05-01',
          },
          { touchpointId: agent, kind: 'custom', name: 'FCR', value: 71.5, date: '2026-05-02' },
        ],
      },
      NOW,
    ),
  );
  return cleanMap(doc);
}

describe('mapSheets: Actions and Metrics', () => {
  const map = programmeMap();
  const sheets = mapSheets(map);
  const sheet = (name: string) => sheets.find((s) => s.name === name)!;
  const row = (name: string, i: number) =>
    Object.fromEntries(sheet(name).headers.map((h, c) => [h, sheet(name).rows[i]![c]]));

  it('lists every action with its note, touchpoints and dates; typed text defused, scores as numbers', () => {
    expect(sheet('Actions').rows).toHaveLength(1);
    expect(row('Actions', 0)).toEqual({
      Id: map.actions[0]!.id,
      Title: "'=Call-back slots",
      Status: 'Doing',
      Owner: 'Care',
      Due: '2026-05-01',
      'CX area': 'Design',
      Value: 4,
      Effort: 2,
      Link: 'https://github.com/acme/care/issues/12',
      On: 'Pain point: Long hold',
      Stage: 'Contact support',
      Touchpoints: 'Agent call | Status page',
      Created: '2026-06-15',
      'Status changed': '2026-06-15',
      'Note id': map.actions[0]!.noteId,
    });
  });

  it('lists every metric point oldest first, and the sheet loads back through the metrics import', () => {
    expect(row('Metrics', 0)).toMatchObject({ Card: 'Agent call', Metric: 'CSAT', Value: 3.8, Sample: 120 });
    expect(row('Metrics', 1)).toMatchObject({ Metric: 'FCR', Value: 71.5, Sample: '', Date: '2026-05-02' });
    const m = sheet('Metrics');
    const table = { name: 'Metrics', headers: m.headers, rows: m.rows.map((r) => r.map(String)) };
    const plan = planMetricsCsv(map, table, guessMetricsCsvMapping(m.headers), NOW);
    expect(plan.errors).toEqual([]);
    expect(plan.points).toEqual(map.metrics);
  });
});
