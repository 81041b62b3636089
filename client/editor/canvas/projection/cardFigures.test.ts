import { describe, expect, it } from 'vitest';
import {
  applyMetricsPlan,
  connectionId,
  planMetrics,
  setConnectionDetails,
  setEmotionSource,
  setMapSettings,
  type MetricsPush,
} from '../../../../model';
import { cleanMap, templateDoc, touchpointTitled } from '../../../../model/testing/testMaps';
import { cardFigureFields, cardFigures, figureContext, hubFigureText } from './cardFigures';
import { curveMark } from '../nodes/curveMarks';

const TODAY = '2026-12-03';

function sample() {
  const doc = templateDoc('sample');
  const map = cleanMap(doc);
  const id = (title: string) => touchpointTitled(map, title).id;
  return { doc, id };
}
const push = (doc: ReturnType<typeof templateDoc>, points: MetricsPush['points']) =>
  applyMetricsPlan(doc, planMetrics(cleanMap(doc), { points }, Date.parse(`${TODAY}T12:00:00Z`)));
const fieldsOf = (doc: ReturnType<typeof templateDoc>, title: string) => {
  const map = cleanMap(doc);
  return cardFigureFields(figureContext(map, TODAY), touchpointTitled(map, title));
};

describe('hub figures on cards', () => {
  it('shows a hub’s contacts and failure share once routes are tagged, nothing before volumes', () => {
    const { doc, id } = sample();
    expect(fieldsOf(doc, 'Agent call').hubFigures).toBeUndefined();
    setConnectionDetails(doc, connectionId(id('Status page'), id('Agent call')), { volume: 1200 });
    setConnectionDetails(doc, connectionId(id('IVR menu'), id('Agent call')), { volume: 800 });
    expect(fieldsOf(doc, 'Agent call').hubFigures).toBe('2,000/mo');
    setConnectionDetails(doc, connectionId(id('Status page'), id('Agent call')), { demand: 'failure' });
    expect(fieldsOf(doc, 'Agent call').hubFigures).toBe('2,000/mo · 60% failure');
    // A card that is no hub has none.
    expect(fieldsOf(doc, 'Status page').hubFigures).toBeUndefined();
  });

  it('formats big volumes and rounds the share', () => {
    expect(hubFigureText({ contacts: 4200, failure: 1600, value: 2600, failureShare: 1600 / 4200 })).toBe(
      '4,200/mo · 38% failure',
    );
    expect(hubFigureText({ contacts: 0, failure: 0, value: 0, failureShare: 0 })).toBeUndefined();
  });
});

describe('the VoC reading on cards', () => {
  it('shows the latest value, its trend and age, with the whole reading in the tooltip', () => {
    const { doc } = sample();
    push(doc, [
      { touchpoint: 'Status page', kind: 'csat', value: 3.6, date: '2026-10-01' },
      {
        touchpoint: 'Status page',
        kind: 'csat',
        value: 4.2,
        sample: 310,
        source: 'Medallia',
        date: '2026-11-30',
      },
    ]);
    const fields = fieldsOf(doc, 'Status page');
    expect(fields).toMatchObject({
      vocLabel: 'CSAT 4.2',
      vocTrend: 'up',
      vocAge: '3 d',
      vocStale: false,
      vocTitle: 'CSAT 4.2 from 310 answers, Medallia, 30 Nov 2026 — 3 days ago',
    });
    expect(cardFigures(fields)?.voc).toMatchObject({ label: 'CSAT 4.2', trend: 'up', stale: false });
  });

  it('marks a reading older than the map’s threshold stale, and follows the threshold', () => {
    const { doc } = sample();
    push(doc, [{ touchpoint: 'Status page', kind: 'nps', value: -20, date: '2026-08-01' }]);
    expect(fieldsOf(doc, 'Status page')).toMatchObject({
      vocLabel: 'NPS -20',
      vocTrend: 'flat',
      vocAge: '4 mo',
      vocStale: true,
      vocTitle: 'NPS -20, 1 Aug 2026 — 4 months ago (stale: older than 90 days)',
    });
    setMapSettings(doc, { staleAfterDays: 180 });
    expect(fieldsOf(doc, 'Status page').vocStale).toBe(false);
  });

  it('shows the kind the emotion follows, else the most recent series', () => {
    const { doc, id } = sample();
    push(doc, [
      { touchpoint: 'Status page', kind: 'ces', value: 5, date: '2026-09-01' },
      { touchpoint: 'Status page', kind: 'nps', value: 10, date: '2026-11-01' },
    ]);
    expect(fieldsOf(doc, 'Status page').vocLabel).toBe('NPS +10');
    setEmotionSource(doc, id('Status page'), 'ces');
    expect(fieldsOf(doc, 'Status page').vocLabel).toBe('CES 5');
  });

  it('gives a card without metric points or hub figures nothing to draw', () => {
    const { doc } = sample();
    const fields = fieldsOf(doc, 'Bill credit');
    expect(fields).toEqual({});
    expect(cardFigures(fields)).toBeUndefined();
  });
});

describe('stale marks on the emotion curve', () => {
  it('tells guessed, measured and stale points apart and says why', () => {
    expect(curveMark({ measured: false }, TODAY, 90)).toEqual({
      kind: 'guess',
      title: 'Guessed in the workshop',
    });
    expect(curveMark({ measured: true, date: '2026-11-30' }, TODAY, 90)).toEqual({
      kind: 'measured',
      title: 'Measured 30 Nov 2026 — 3 days ago',
    });
    expect(curveMark({ measured: true, date: '2026-08-01' }, TODAY, 90)).toEqual({
      kind: 'stale',
      title: 'Measured 1 Aug 2026 — 4 months ago: stale, older than 90 days',
    });
    // A figure typed in the panel has no date: measured, never stale.
    expect(curveMark({ measured: true }, TODAY, 1).kind).toBe('measured');
  });
});
