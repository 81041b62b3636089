import { describe, expect, it } from 'vitest';
import { addTouchpoint } from '../commands/touchpoints';
import { metricPointId } from '../records/metric';
import { cleanMap, stageNamed, templateDoc } from '../testing/testMaps';
import { metricsPushSchema, planMetrics } from './metricsInput';

const NOW = Date.parse('2026-06-15T12:00:00Z');

function twoCards() {
  const doc = templateDoc();
  const stage = stageNamed(cleanMap(doc), 'Use').id;
  const sms = addTouchpoint(doc, { stageId: stage, title: 'Delivery  SMS', channel: 'messaging' });
  const faq = addTouchpoint(doc, { stageId: stage, title: 'FAQ', channel: 'web' });
  const faq2 = addTouchpoint(doc, { stageId: stage, title: 'faq', channel: 'web' });
  return { doc, map: cleanMap(doc), sms, faq, faq2 };
}

describe('metricsPushSchema', () => {
  it('takes points and verbatims, refuses an empty body and unknown fields', () => {
    expect(
      metricsPushSchema.safeParse({ points: [{ touchpoint: 'FAQ', kind: 'csat', value: 4 }] }).success,
    ).toBe(true);
    expect(metricsPushSchema.safeParse({}).success).toBe(false);
    expect(metricsPushSchema.safeParse({ points: [] }).success).toBe(false);
    expect(
      metricsPushSchema.safeParse({ points: [{ touchpoint: 'FAQ', kind: 'csat', value: 4, x: 1 }] }).success,
    ).toBe(false);
    expect(
      metricsPushSchema.safeParse({ points: [{ touchpoint: 'FAQ', kind: 'mood', value: 4 }] }).success,
    ).toBe(false);
    expect(
      metricsPushSchema.safeParse({
        points: [{ touchpoint: 'FAQ', kind: 'csat', value: 4, date: '2026-02-30' }],
      }).success,
    ).toBe(false);
  });
});

describe('planMetrics', () => {
  it('finds cards by id and by title (any case and spacing); the date defaults to today (UTC)', () => {
    const { map, sms } = twoCards();
    const plan = planMetrics(
      map,
      {
        points: [
          {
            touchpointId: sms,
            kind: 'csat',
            value: 4.2,
            sample: 310,
            source: 'Medallia',
            date: '2026-05-31',
          },
          { touchpoint: ' delivery sms ', kind: 'nps', value: 32 },
        ],
        verbatims: [{ touchpoint: 'DELIVERY SMS', text: 'Came too late' }],
      },
      NOW,
    );
    expect(plan.errors).toEqual([]);
    const first = {
      touchpointId: sms,
      kind: 'csat',
      value: 4.2,
      sample: 310,
      source: 'Medallia',
      date: '2026-05-31',
    } as const;
    const second = { touchpointId: sms, kind: 'nps', value: 32, date: '2026-06-15' } as const;
    expect(plan.points).toEqual([
      { id: metricPointId(first), ...first },
      { id: metricPointId(second), ...second },
    ]);
    expect(plan.verbatims).toEqual([{ touchpointId: sms, text: 'Came too late' }]);
  });

  it('names every problem by its path: unknown card, shared title, off-scale value, unnamed custom metric', () => {
    const { map, faq } = twoCards();
    const plan = planMetrics(
      map,
      {
        points: [
          { touchpointId: 'tp_nope', kind: 'csat', value: 4 },
          { touchpoint: 'FAQ', kind: 'csat', value: 4 },
          { touchpointId: faq, kind: 'csat', value: 9 },
          { touchpointId: faq, kind: 'nps', value: -101 },
          { touchpointId: faq, kind: 'ces', value: 0 },
          { touchpointId: faq, kind: 'custom', value: 12 },
          { touchpoint: 'Nowhere', kind: 'nps', value: 0 },
          { touchpointId: faq, kind: 'custom', name: 'AHT', value: 1e7 },
        ],
        verbatims: [{ text: 'who?' }],
      },
      NOW,
    );
    expect(plan.errors).toEqual([
      { path: 'points[0].touchpoint', message: 'no touchpoint with id "tp_nope"' },
      { path: 'points[1].touchpoint', message: '2 touchpoints are called "FAQ": use touchpointId' },
      { path: 'points[2].value', message: 'CSAT must be between 1 and 5' },
      { path: 'points[3].value', message: 'NPS must be between -100 and 100' },
      { path: 'points[4].value', message: 'CES must be between 1 and 7' },
      { path: 'points[5].name', message: 'a custom metric needs a name' },
      { path: 'points[6].touchpoint', message: 'no touchpoint called "Nowhere"' },
      { path: 'verbatims[0].touchpoint', message: 'name the touchpoint (touchpointId or touchpoint)' },
    ]);
  });

  it('drops a name on a standard kind, so the same CSAT pushed twice is one point', () => {
    const { map, faq } = twoCards();
    const a = planMetrics(map, { points: [{ touchpointId: faq, kind: 'csat', name: 'x', value: 3 }] }, NOW);
    const b = planMetrics(map, { points: [{ touchpointId: faq, kind: 'csat', value: 5 }] }, NOW);
    expect(a.points[0]!.name).toBeUndefined();
    expect(a.points[0]!.id).toBe(b.points[0]!.id);
  });
});
