import { describe, expect, it } from 'vitest';
import { setConnectionDetails } from '../../commands/connections';
import { cleanMap, templateDoc } from '../../testing/testMaps';
import { renderMapSvg } from './renderMapSvg';

describe('route labels in the export', () => {
  it('draws each labelled route’s reason and volume over the cards, abbreviated, the whole text as its title', () => {
    const doc = templateDoc('sample');
    const [first, second] = cleanMap(doc).connections;
    setConnectionDetails(doc, first!.id, {
      label: 'The status page says all is fine & <green>',
      volume: 1200,
    });
    setConnectionDetails(doc, second!.id, { label: 'Bot loop' });
    const svg = renderMapSvg(cleanMap(doc));
    const labels = /<g data-part="route-labels">(.*?)<\/g><\/g>/.exec(svg)?.[0] ?? '';
    expect(labels.split('data-kind="route-label"').length - 1).toBe(2);
    expect(labels).toContain(
      '<title>The status page says all is fine &amp; &lt;green&gt; · 1,200/mo</title>',
    );
    expect(labels).toMatch(/>The status page .*… · 1,200\/mo<\/text>/);
    expect(labels).toContain('>Bot loop</text>');
    // Over the cards: the labels come after the touchpoints and notes.
    expect(svg.indexOf('data-part="route-labels"')).toBeGreaterThan(svg.indexOf('data-part="notes"'));
  });

  it('draws no labels when no route has a reason or volume', () => {
    expect(renderMapSvg(cleanMap(templateDoc('sample')))).not.toContain('route-labels');
  });
});
