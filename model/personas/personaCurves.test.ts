import { describe, expect, it } from 'vitest';
import { emotionY, layoutMap } from '../layout';
import { isCurveLane } from '../records/lane';
import { DANA, personaMap, SAM } from '../testing/personaMap';
import { linkedPersonas } from './linkedPersonas';
import { personaCurvePoints, personaCurves } from './personaCurves';
import { dimmedByPersonaFilter, emotionFor, usesTouchpoint } from './personaTouchpoint';

describe('per-persona emotions on the hand-worked map', () => {
  const { map, ids } = personaMap();
  const { T1, T2, T3, T4 } = ids;
  const tp = (id: string) => map.touchpoints.find((t) => t.id === id)!;

  it('reads each persona its own score, else the card’s', () => {
    expect([T1, T2, T3, T4].map((id) => emotionFor(tp(id), DANA.id))).toEqual([1, -2, 0, 1]);
    expect([T1, T2, T3, T4].map((id) => emotionFor(tp(id), SAM.id))).toEqual([-1, -1, -2, 1]);
    expect(usesTouchpoint(tp(T4), SAM.id)).toBe(false);
    expect(usesTouchpoint(tp(T4), DANA.id)).toBe(true);
  });

  it('draws one curve per persona at the map curve’s x, skipping unused cards', () => {
    const layout = layoutMap(map);
    const row = layout.rows.find((r) => isCurveLane(r.kind))!;
    const x = new Map(layout.curve.map((p) => [p.touchpointId, p.x]));
    expect(layout.curve.map((p) => [p.touchpointId, p.emotion])).toEqual([
      [T1, 0],
      [T2, -1],
      [T3, -1],
      [T4, 1],
    ]);
    const dana = personaCurvePoints(map, layout, DANA.id);
    expect(dana.map((p) => [p.touchpointId, p.emotion])).toEqual([
      [T1, 1],
      [T2, -2],
      [T3, 0],
      [T4, 1],
    ]);
    const sam = personaCurvePoints(map, layout, SAM.id);
    expect(sam.map((p) => [p.touchpointId, p.emotion])).toEqual([
      [T1, -1],
      [T2, -1],
      [T3, -2],
    ]);
    for (const p of [...dana, ...sam]) {
      expect(p.x).toBe(x.get(p.touchpointId));
      expect(p.y).toBe(emotionY(row, p.emotion));
    }
    // T4 has no score of Dana's own: her point there is the map's point, the same object.
    expect(dana[3]).toBe(layout.curve[3]);
    const curves = personaCurves(map, layout, [DANA, SAM]);
    expect(curves.map((c) => [c.name, c.color, c.points.length])).toEqual([
      ['Dana Ruiz', '#2563eb', 4],
      ['Sam Okafor', '#9333ea', 3],
    ]);
  });

  it('dims only the cards no shown persona uses', () => {
    expect(dimmedByPersonaFilter(tp(T4), [SAM.id])).toBe(true);
    expect(dimmedByPersonaFilter(tp(T4), [DANA.id])).toBe(false);
    expect(dimmedByPersonaFilter(tp(T4), [DANA.id, SAM.id])).toBe(false);
    expect(dimmedByPersonaFilter(tp(T4), [])).toBe(false);
    expect(dimmedByPersonaFilter(tp(T1), [SAM.id])).toBe(false);
  });

  it('resolves the linked personas in legend order and reports unknown ids', () => {
    expect(linkedPersonas(map, [SAM, DANA])).toEqual({ personas: [DANA, SAM], unknownIds: [] });
    expect(linkedPersonas(map, [SAM])).toEqual({ personas: [SAM], unknownIds: [DANA.id] });
    expect(linkedPersonas({ settings: { ...map.settings, personaIds: [] } }, [DANA])).toEqual({
      personas: [],
      unknownIds: [],
    });
  });
});
