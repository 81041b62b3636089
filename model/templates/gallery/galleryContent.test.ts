import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeMapFileToDoc } from '../../export/writeMapFile';
import type { JourneyMap } from '../../journeyMap';
import { layoutMap } from '../../layout';
import { CARD_LANE_KINDS } from '../../records/lane';
import { cleanMap, templateDoc } from '../../testing/testMaps';
import { GALLERY_TEMPLATES } from './index';

/** What each template promises beyond validity: the checks in gallery.test.ts hold for all six. */
function created(id: string): JourneyMap {
  const template = GALLERY_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`no template ${id}`);
  const doc = new Y.Doc();
  writeMapFileToDoc(doc, template.build(new Date('2026-12-04T09:00:00Z')));
  return cleanMap(doc);
}

describe('the home-internet template', () => {
  it('grows the DOMAIN.md sample: every sample card, with its channel, owner, emotion and hub, and every edge', () => {
    const sample = cleanMap(templateDoc('sample'));
    const rich = created('home-internet-support');
    const card = (m: JourneyMap, id: string) => m.touchpoints.find((t) => t.id === id)!;
    const row = (m: JourneyMap) => (id: string) => {
      const t = card(m, id);
      const stage = m.stages.find((s) => s.id === t.stageId)!.name;
      return [stage, t.title, t.channel, t.owner, t.emotion, t.hub].join(' | ');
    };
    const richRows = rich.touchpoints.map((t) => row(rich)(t.id));
    expect(richRows).toEqual(expect.arrayContaining(sample.touchpoints.map((t) => row(sample)(t.id))));
    const edge = (m: JourneyMap) =>
      m.connections.map((c) => `${card(m, c.from).title} → ${card(m, c.to).title}`);
    expect(edge(rich)).toEqual(expect.arrayContaining(edge(sample)));
    expect(rich.stages.map((s) => s.name)).toEqual(sample.stages.map((s) => s.name));
  });
});

describe('the service-blueprint template', () => {
  const map = created('service-blueprint');
  const layout = layoutMap(map);

  it('has the blueprint rows in order, each of its own kind, all shown but Thoughts', () => {
    expect(map.lanes.map((l) => [l.label, l.kind, l.visible])).toEqual([
      ['Evidence', 'evidence', true],
      ['Customer actions', 'actions', true],
      ['Front stage', 'touchpoints', true],
      ['Thoughts & quotes', 'thoughts', false],
      ['Emotions', 'emotions', true],
      ['Backstage', 'backstage', true],
      ['Support processes', 'support', true],
      ['Pain points', 'painPoints', true],
      ['Opportunities', 'opportunities', true],
    ]);
    expect(new Set(map.lanes.map((l) => l.kind)).size).toBe(map.lanes.length);
  });

  it('puts cards in the evidence and support lanes', () => {
    const titles = (kind: string) => {
      const lane = map.lanes.find((l) => l.kind === kind)!.id;
      return map.touchpoints.filter((t) => t.laneId === lane).map((t) => t.title);
    };
    expect(titles('evidence')).toContain('Booking confirmation email');
    expect(titles('support')).toContain('Dealer management system');
    expect(titles('evidence')).toHaveLength(map.stages.length);
    expect(titles('support')).toHaveLength(map.stages.length);
  });

  it('fills every shown card row in every stage', () => {
    const cardLanes = map.lanes.filter((l) => l.visible && CARD_LANE_KINDS.has(l.kind));
    expect(cardLanes.map((l) => l.kind)).toEqual([
      'evidence',
      'actions',
      'touchpoints',
      'backstage',
      'support',
    ]);
    for (const stage of map.stages) {
      for (const lane of cardLanes) {
        const cards = map.touchpoints.filter((t) => t.stageId === stage.id && t.laneId === lane.id);
        expect(cards.length, `${stage.name} × ${lane.label}`).toBeGreaterThan(0);
      }
    }
  });

  it('draws the curve through the front stage only', () => {
    const front = map.lanes.find((l) => l.label === 'Front stage')!.id;
    const onCurve = new Set(layout.curve.map((p) => p.touchpointId));
    expect(onCurve).toEqual(new Set(map.touchpoints.filter((t) => t.laneId === front).map((t) => t.id)));
  });
});

describe('default lanes', () => {
  it('hide the card lanes a template leaves empty, and show the ones it fills', () => {
    const map = created('insurance-claim');
    const used = new Set(map.touchpoints.map((t) => t.laneId));
    for (const lane of map.lanes.filter((l) => ['actions', 'thoughts', 'backstage'].includes(l.kind))) {
      expect(lane.visible, lane.label).toBe(used.has(lane.id));
    }
  });
});
