import { describe, expect, it } from 'vitest';
import { updateTouchpoint } from '../../commands/touchpoints';
import { cleanMap, templateDoc, touchpointTitled } from '../../testing/testMaps';
import { mapExportSize, renderMapSvg } from './renderMapSvg';

function detailLines(svg: string): string[] {
  const part = /<g data-part="card-details">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
  return [...part.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

describe('card details in the export', () => {
  const doc = templateDoc('sample');
  const description =
    `Customers call after the app restart fails ${'and the router keeps dropping '.repeat(30)}`.trim();
  updateTouchpoint(doc, touchpointTitled(cleanMap(doc), 'Agent call').id, { description });
  const map = cleanMap(doc);

  it('leaves them out by default', () => {
    expect(renderMapSvg(map)).not.toContain('card-details');
    expect(mapExportSize(map)).toEqual(mapExportSize(map, undefined, {}));
  });

  it('prints descriptions whole, wrapped under the card title, and makes the page taller', () => {
    const svg = renderMapSvg(map, { details: { descriptions: true } });
    const lines = detailLines(svg);
    expect(lines[0]).toBe('CARD DETAILS');
    expect(lines[1]).toBe('Agent call');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.slice(2).join(' ')).toBe(description);
    expect(lines.join('')).not.toContain('…');
    expect(lines.join('')).not.toContain('incredibly efficient');
    expect(mapExportSize(map, undefined, { descriptions: true }).height).toBeGreaterThan(
      mapExportSize(map).height,
    );
  });

  it('prints the top verbatim in quotes when asked', () => {
    const lines = detailLines(renderMapSvg(map, { details: { verbatims: true } }));
    const at = lines.indexOf('Agent call');
    expect(lines[at + 1]).toBe('“the agent was incredibly efficient and polite”');
    expect(lines.join(' ')).not.toContain('Customers call');
  });
});
