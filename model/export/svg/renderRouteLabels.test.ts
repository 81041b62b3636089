import { describe, expect, it } from 'vitest';
import { setConnectionDetails } from '../../commands/connections';
import { cleanMap, templateDoc } from '../../testing/testMaps';
import { renderMapSvg } from './renderMapSvg';

describe('route labels in the export', () => {
  it('draws each labelled route’s whole reason and volume over the cards, wrapped, the whole text as its title', () => {
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
    const firstLabel = labels.slice(0, labels.indexOf('</g>'));
    expect([...firstLabel.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ')).toBe(
      'The status page says all is fine &amp; &lt;green&gt; · 1,200/mo',
    );
    expect(labels).toContain('>Bot loop</text>');
    // Over the cards: the labels come after the touchpoints and notes.
    expect(svg.indexOf('data-part="route-labels"')).toBeGreaterThan(svg.indexOf('data-part="notes"'));
  });

  it('wraps a long reason inside its label, every word shown, the volume never cut', () => {
    const doc = templateDoc('sample');
    const [first] = cleanMap(doc).connections;
    const reason =
      'Customers see the outage on social media before the status page lists it, so they call to ask whether the technician visit is still on';
    setConnectionDetails(doc, first!.id, { label: reason, volume: 4200 });
    const svg = renderMapSvg(cleanMap(doc));
    const label = /<g data-kind="route-label"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    const lines = [...label.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(lines.length).toBeGreaterThan(2);
    // The volume on the last line, or on its own when the reason's last line is full.
    expect(lines.join(' ').replace(' · 4,200/mo', ' 4,200/mo')).toBe(`${reason} 4,200/mo`);
    expect(svg).not.toContain('…');
    // The box holds every line: as tall as the lines, as wide as a card at most.
    const box = /<rect[^>]*width="([\d.]+)" height="([\d.]+)"/.exec(label)!;
    expect(Number(box[1])).toBeLessThanOrEqual(200);
    expect(Number(box[2])).toBeGreaterThanOrEqual(lines.length * 13);
  });

  it('draws no labels when no route has a reason or volume', () => {
    expect(renderMapSvg(cleanMap(templateDoc('sample')))).not.toContain('route-labels');
  });
});
