import { describe, expect, it } from 'vitest';
import { DANA, personaMap, SAM } from '../../testing/personaMap';
import { renderMapSvg } from './renderMapSvg';
import { DEFAULT_PRINT_OPTIONS } from '../print/printOptions';
import { renderPrintPages } from '../print/renderPrintPages';

describe('exported persona curves (hand-worked map, testing/personaMap.ts)', () => {
  const { map } = personaMap();

  it('draws one curve per linked persona in its colour, with a legend, instead of the map curve', () => {
    const svg = renderMapSvg(map, { personas: [SAM, DANA] });
    const curves = [
      ...svg.matchAll(/data-part="persona-curve" data-persona-id="([^"]+)" data-points="([^"]*)"/g),
    ];
    expect(curves.map((m) => [m[1], m[2]])).toEqual([
      [DANA.id, '1,-2,0,1'],
      [SAM.id, '-1,-1,-2'],
    ]);
    expect(svg).toContain(`stroke="${DANA.color}"`);
    expect(svg).toContain(`stroke="${SAM.color}"`);
    expect(svg).toContain('data-part="persona-legend"');
    expect(svg).toContain('>Dana Ruiz<');
    expect(svg).toContain('>Sam Okafor<');
    expect(svg).not.toContain('data-part="emotion-curve"');
  });

  it('keeps the map curve when no linked persona is in the library given', () => {
    for (const personas of [undefined, []]) {
      const svg = renderMapSvg(map, { personas });
      expect(svg).toContain('data-part="emotion-curve" data-points="0,-1,-1,1"');
      expect(svg).not.toContain('persona-curve');
    }
  });

  it('carries the persona curves onto the print PDF’s stage pages and one-page map', () => {
    for (const layout of ['stages', 'fit'] as const) {
      const pages = renderPrintPages(map, { ...DEFAULT_PRINT_OPTIONS, layout, personas: [DANA, SAM] });
      const mapPages = pages.filter((p) => p.svg.includes('persona-curve'));
      expect(mapPages.length).toBeGreaterThan(0);
      expect(mapPages.some((p) => p.svg.includes('data-points="1,-2,0,1"'))).toBe(true);
    }
  });

  it('draws curves at the same scores a few px apart, so neither hides the other', () => {
    const twin = { ...SAM, id: 'persona_twin', name: 'Twin', color: '#0f766e' };
    const same = {
      ...map,
      settings: { ...map.settings, personaIds: [SAM.id, twin.id] },
      touchpoints: map.touchpoints.map((t) =>
        t.personaEmotions?.[SAM.id] === undefined
          ? t
          : { ...t, personaEmotions: { ...t.personaEmotions, [twin.id]: t.personaEmotions[SAM.id]! } },
      ),
    };
    const svg = renderMapSvg(same, { personas: [SAM, twin] });
    const paths = [...svg.matchAll(/data-part="persona-curve"[^>]*><path d="([^"]+)"/g)].map((m) => m[1]);
    expect(paths).toHaveLength(2);
    expect(paths[0]).not.toBe(paths[1]);
    const ys = (d: string) => [...d.matchAll(/[ML]\s*[\d.]+[ ,]([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys(paths[1]!)[0]! - ys(paths[0]!)[0]!).toBeCloseTo(3, 5);
  });
});
