import { describe, expect, it } from 'vitest';
import { connect, setConnectionDetails } from '../commands/connections';
import { layoutMap, type Rect } from '../layout';
import { cleanMap, templateDoc, touchpointTitled } from '../testing/testMaps';
import { routeLabels, routeLabelText } from './routeLabels';

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The sample map with every route labelled, plus a few more routes that crowd Contact support. */
function crowdedSample() {
  const doc = templateDoc('sample');
  const m = cleanMap(doc);
  const id = (title: string) => touchpointTitled(m, title).id;
  connect(doc, id('Chat with bot'), id('IVR menu'));
  connect(doc, id('IVR menu'), id('Chat with bot'));
  connect(doc, id('Router app restart'), id('Agent call'));
  connect(doc, id('Status page'), id('Chat with bot'));
  for (const c of cleanMap(doc).connections) {
    setConnectionDetails(doc, c.id, { label: 'Customers give up and call instead', volume: 1200 });
  }
  const map = cleanMap(doc);
  return { map, layout: layoutMap(map), id };
}

describe('routeLabels', () => {
  it('places every label of a crowded sample map off the cards, the curve points and each other', () => {
    const { map, layout } = crowdedSample();
    const labels = routeLabels(map, layout);
    expect(labels.size).toBe(map.connections.length);
    const boxes = [...labels].map(([id, l]) => ({
      id,
      box: { x: l.x - l.width / 2, y: l.y - l.height / 2, width: l.width, height: l.height },
    }));
    const points = layout.curve.map((p) => ({
      x: p.x - 6,
      y: p.y - 6,
      width: 12,
      height: 12,
      id: `point ${p.touchpointId}`,
    }));
    const cards = [...layout.cards.values(), ...layout.notes.values(), ...points];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.id} on ${b.id}`).toBe(false);
      for (const c of cards) expect(overlaps(a.box, c), `${a.id} on card ${c.id}`).toBe(false);
    });
  });

  it('abbreviates a long reason, keeps the volume whole and the full text for hover', () => {
    const { map, layout } = crowdedSample();
    for (const [, l] of routeLabels(map, layout)) {
      expect(l.full).toBe('Customers give up and call instead · 1,200/mo');
      expect(l.text).toMatch(/^Customers give.*… · 1,200\/mo$/);
      expect(l.width).toBeLessThanOrEqual(200);
    }
  });

  it('leaves short labels whole and routes without reason or volume unlabelled', () => {
    const doc = templateDoc('sample');
    const [first, second] = cleanMap(doc).connections;
    setConnectionDetails(doc, first!.id, { label: 'Outage', volume: 40 });
    const map = cleanMap(doc);
    const labels = routeLabels(map, layoutMap(map));
    expect([...labels.keys()]).toEqual([first!.id]);
    expect(labels.get(first!.id)).toMatchObject({ text: 'Outage · 40/mo', full: 'Outage · 40/mo' });
    expect(labels.has(second!.id)).toBe(false);
  });

  it('is worked out once per layout and connection list', () => {
    const { map, layout } = crowdedSample();
    expect(routeLabels(map, layout)).toBe(routeLabels({ ...map }, layout));
  });

  it('writes reason and volume as one line', () => {
    expect(routeLabelText({ label: ' Outage ', volume: 12000 })).toBe('Outage · 12,000/mo');
    expect(routeLabelText({ volume: 5 })).toBe('5/mo');
    expect(routeLabelText({ label: 'Why' })).toBe('Why');
    expect(routeLabelText({})).toBe('');
  });
});
