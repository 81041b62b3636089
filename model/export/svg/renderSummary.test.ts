import { describe, expect, it } from 'vitest';
import { setConnectionDetails } from '../../commands/connections';
import { updateTouchpoint } from '../../commands/touchpoints';
import { cleanMap, templateDoc, touchpointTitled } from '../../testing/testMaps';
import { renderMapSvg } from './renderMapSvg';

/** The summary's lines of text, in order. */
function summaryLines(svg: string): string[] {
  const summary = /<g data-part="summary">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
  return [...summary.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

describe('the summary in the export', () => {
  it('wraps a long summary over several lines instead of cutting it, and keeps every word', () => {
    const doc = templateDoc('sample');
    const titles = ['Router app restart', 'IVR menu', 'Chat with bot'].map((title) => {
      const long = `${title} ${'that takes far too long and loses settings '.repeat(4)}`.trim();
      updateTouchpoint(doc, touchpointTitled(cleanMap(doc), title).id, { title: long });
      return long;
    });
    const lines = summaryLines(renderMapSvg(cleanMap(doc)));
    expect(lines.join('')).not.toContain('…');
    const hubsAt = lines.findIndex((l) => l.startsWith('Hubs by load'));
    const pain = lines.slice(1, hubsAt);
    expect(pain.length).toBeGreaterThan(1);
    expect(pain.join(' ')).toBe(`Moments of pain: ${titles.join(', ')}`);
  });

  it('prints hub loads as the app shows them, per month', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const agent = touchpointTitled(map, 'Agent call').id;
    const into = map.connections.find((c) => c.to === agent);
    setConnectionDetails(doc, into!.id, { volume: 4200 });
    const hubs = summaryLines(renderMapSvg(cleanMap(doc))).find((l) => l.startsWith('Hubs by load'));
    expect(hubs).toContain('Agent call (4,200/mo,');
  });
});
