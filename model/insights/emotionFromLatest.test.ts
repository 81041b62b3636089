import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyMetricsPlan, deleteMetricPoint } from '../commands/metrics';
import { addTouchpoint, deleteTouchpoint, setEmotionSource } from '../commands/touchpoints';
import { putRecord } from '../docLayout';
import { planMetrics, type MetricInput } from '../metrics/metricsInput';
import { readMap } from '../readMap';
import { metricPointId } from '../records/metric';
import { cleanMap, stageNamed, templateDoc } from '../testing/testMaps';
import { emotionFromCes } from './emotionFromData';

const NOW = Date.parse('2026-06-15T12:00:00Z');

function cardWithCsat(csat?: number) {
  const doc = templateDoc();
  const stage = stageNamed(cleanMap(doc), 'Use').id;
  const id = addTouchpoint(doc, {
    stageId: stage,
    title: 'Delivery SMS',
    channel: 'messaging',
    emotion: -1,
    ...(csat !== undefined ? { voc: { csat } } : {}),
  });
  return { doc, id };
}

function push(doc: Y.Doc, points: MetricInput[]) {
  const plan = planMetrics(cleanMap(doc), { points }, NOW);
  expect(plan.errors).toEqual([]);
  applyMetricsPlan(doc, plan);
}

const card = (doc: Y.Doc, id: string) => cleanMap(doc).touchpoints.find((t) => t.id === id)!;

describe('emotion from the latest data', () => {
  it('takes the latest CSAT point over the static VoC figure, and dates it', () => {
    const { doc, id } = cardWithCsat(4.6); // static: 5 → +2
    setEmotionSource(doc, id, 'csat');
    expect(card(doc, id)).toMatchObject({ emotion: 2, emotionMeasured: true, manualEmotion: -1 });
    expect(card(doc, id).emotionDate).toBeUndefined();

    push(doc, [
      { touchpointId: id, kind: 'csat', value: 1.8, date: '2026-05-01' }, // 2 → -1
      { touchpointId: id, kind: 'csat', value: 4.4, date: '2026-01-01' }, // older: ignored
    ]);
    expect(card(doc, id)).toMatchObject({ emotion: -1, emotionMeasured: true, emotionDate: '2026-05-01' });

    push(doc, [{ touchpointId: id, kind: 'csat', value: 3.2, date: '2026-06-01' }]); // 3 → 0
    expect(card(doc, id)).toMatchObject({ emotion: 0, emotionDate: '2026-06-01' });
  });

  it('reads only the chosen kind: an NPS point does not move a CSAT-sourced card', () => {
    const { doc, id } = cardWithCsat();
    setEmotionSource(doc, id, 'csat');
    push(doc, [{ touchpointId: id, kind: 'nps', value: 80, date: '2026-05-01' }]);
    expect(card(doc, id)).toMatchObject({ emotion: -1 });
    expect(card(doc, id).emotionMeasured).toBeUndefined();
    setEmotionSource(doc, id, 'nps');
    expect(card(doc, id)).toMatchObject({ emotion: 2, emotionMeasured: true, emotionDate: '2026-05-01' });
  });

  it('maps CES 1…7 by its bands (7 = easy)', () => {
    expect([1, 2, 2.4, 2.6, 3, 4, 4.4, 5, 6, 7].map(emotionFromCes)).toEqual([
      -2, -2, -2, -1, -1, 0, 0, 1, 2, 2,
    ]);
    const { doc, id } = cardWithCsat();
    setEmotionSource(doc, id, 'ces');
    expect(card(doc, id).emotionMeasured).toBeUndefined(); // no CES figure yet: the guess stays
    push(doc, [{ touchpointId: id, kind: 'ces', value: 5.2, date: '2026-06-10' }]);
    expect(card(doc, id)).toMatchObject({ emotion: 1, emotionDate: '2026-06-10' });
  });

  it('goes back to the guess when the only point is deleted, and to manual on request', () => {
    const { doc, id } = cardWithCsat();
    setEmotionSource(doc, id, 'csat');
    push(doc, [{ touchpointId: id, kind: 'csat', value: 5, date: '2026-06-01' }]);
    expect(card(doc, id).emotion).toBe(2);
    deleteMetricPoint(doc, cleanMap(doc).metrics[0]!.id);
    expect(card(doc, id)).toMatchObject({ emotion: -1 });
    expect(card(doc, id).emotionDate).toBeUndefined();
  });

  it('ignores a point for a deleted card (a concurrent delete leaves it behind)', () => {
    const { doc, id } = cardWithCsat();
    const other = addTouchpoint(doc, {
      stageId: stageNamed(cleanMap(doc), 'Use').id,
      title: 'Gone',
      channel: 'web',
    });
    deleteTouchpoint(doc, other);
    const orphan = { touchpointId: other, kind: 'csat' as const, value: 1, date: '2026-06-01' };
    doc.transact(() => putRecord(doc, 'metrics', { id: metricPointId(orphan), ...orphan }));
    const { map, problems } = readMap(doc);
    expect(problems).toEqual([]);
    expect(map.metrics).toEqual([]);
    expect(map.touchpoints.map((t) => t.id)).toEqual([id]);
  });
});
