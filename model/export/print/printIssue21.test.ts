import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../journeyMap';
import { DANA, personaMap, SAM } from '../../testing/personaMap';
import { DEFAULT_PRINT_OPTIONS, type PrintOptions } from './printOptions';
import { pageText } from './printTestKit';
import { renderPrintPages } from './renderPrintPages';

const print = (map: JourneyMap, patch: Partial<PrintOptions> = {}) =>
  renderPrintPages(map, { ...DEFAULT_PRINT_OPTIONS, date: '2026-03-03', ...patch });

/** The persona map with a future state: Ad changed (to +2), Checkout removed, App new. */
function futureMap(): JourneyMap {
  const { map, ids } = personaMap();
  const status: Record<string, Partial<JourneyMap['touchpoints'][number]>> = {
    [ids.T1]: { futureStatus: 'changed', futureEmotion: 2 },
    [ids.T2]: { futureStatus: 'removed' },
    [ids.T4]: { futureStatus: 'added' },
  };
  return {
    ...map,
    settings: { ...map.settings, futureState: true },
    touchpoints: map.touchpoints.map((t) => ({ ...t, ...status[t.id] })),
  };
}

describe('the print PDF and issue 21 (personas, future state)', () => {
  const { map } = personaMap();

  it('prints a persona page after the summary with each linked persona, their goals and quote', () => {
    const photo = 'data:image/png;base64,iVBORw0KGgo=';
    const pages = print(map, { personas: [SAM, { ...DANA, photo }] });
    const kinds = pages.map((p) => p.kind);
    expect(kinds.indexOf('personas')).toBe(kinds.lastIndexOf('summary') + 1);
    const text = pages
      .filter((p) => p.kind === 'personas')
      .map((p) => pageText(p.svg))
      .join(' ');
    // In the map's legend order (Dana first), with initials on Sam's colour and Dana's photo.
    expect(text.indexOf('Dana Ruiz')).toBeLessThan(text.indexOf('Sam Okafor'));
    for (const s of [
      'Small-business owner',
      'GOALS',
      'Get online the day the shop opens',
      'One number to call',
    ])
      expect(text).toContain(s);
    expect(text).toContain('Waiting on hold');
    expect(text).toContain('“I just need it to work.”');
    expect(text).toContain('SO');
    const svg = pages.find((p) => p.kind === 'personas')!.svg;
    expect(svg).toContain(`fill="${SAM.color}"`);
    expect(svg).toContain(`href="${photo}"`);
  });

  it('never puts a remote photo in the PDF (the PDF does not fetch)', () => {
    const pages = print(map, { personas: [{ ...DANA, photo: 'https://example.com/dana.png' }] });
    const svg = pages.find((p) => p.kind === 'personas')!.svg;
    expect(svg).not.toContain('example.com');
    expect(pageText(svg)).toContain('DR');
  });

  it('has no persona page when the map links none, or the library lacks them', () => {
    for (const personas of [undefined, [], [{ ...DANA, id: 'persona_other' }]]) {
      const pages = print(map, { personas });
      expect(pages.some((p) => p.kind === 'personas')).toBe(false);
      expect(pages.map((p) => pageText(p.svg)).join(' ')).not.toContain('GOALS');
    }
  });

  it('draws the persona curves on poster tiles too', () => {
    const tiles = print(map, {
      layout: 'poster',
      cover: false,
      summary: false,
      appendix: false,
      personas: [DANA, SAM],
    });
    expect(tiles.some((t) => t.svg.includes(`data-persona-id="${DANA.id}"`))).toBe(true);
  });

  it('with "both", stage pages, the one-page map and tiles carry the badges and both curves', () => {
    const fm = futureMap();
    for (const layout of ['stages', 'fit', 'poster'] as const) {
      const maps = print(fm, { layout, variant: 'both', cover: false, summary: false, appendix: false });
      const svg = maps.map((p) => p.svg).join('');
      expect(svg, layout).toContain('data-part="curve-current" data-points="0,-1,-1"');
      expect(svg, layout).toContain('data-part="curve-future" data-points="2,-1,1"');
      for (const status of ['added', 'changed', 'removed'])
        expect(svg, layout).toContain(`data-part="future-badge" data-status="${status}"`);
      const text = maps.map((p) => pageText(p.svg)).join(' ');
      for (const badge of ['NEW', 'CHANGED', 'REMOVED']) expect(text, layout).toContain(badge);
    }
    // The summary counts the difference.
    const summary = print(fm, { variant: 'both' })
      .filter((p) => p.kind === 'summary')
      .map((p) => pageText(p.svg))
      .join(' ');
    expect(summary).toContain('Future state: 1 new, 1 changed, 1 removed.');
  });

  it('prints the to-be map for "future", and the map as is without a variant', () => {
    const fm = futureMap();
    const onMaps = (patch: Partial<PrintOptions>) =>
      print(fm, { cover: false, summary: false, appendix: false, ...patch })
        .map((p) => pageText(p.svg))
        .join(' ');
    expect(onMaps({ variant: 'future' })).not.toContain('Checkout');
    expect(onMaps({})).toContain('Checkout');
    expect(onMaps({})).not.toContain('REMOVED');
    const plain = print(fm, { cover: false, summary: true, appendix: false });
    expect(plain.some((p) => p.svg.includes('future-badge'))).toBe(false);
    expect(plain.map((p) => pageText(p.svg)).join(' ')).not.toContain('Future state:');
  });
});
