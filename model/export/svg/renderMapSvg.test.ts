import { describe, expect, it } from 'vitest';
import { setMapInfo } from '../../commands/mapInfo';
import { deleteStage } from '../../commands/stages';
import { addTouchpoint, setEmotionSource, updateTouchpoint } from '../../commands/touchpoints';
import { CHANNELS } from '../../records/channel';
import { cleanMap, templateDoc, touchpointTitled } from '../../testing/testMaps';
import { blendedEmotionColor } from './renderCurve';
import { EXPORT_PAGE, exportGeometry, mapExportSize, renderMapSvg } from './renderMapSvg';

const sample = () => cleanMap(templateDoc('sample'));
const count = (svg: string, needle: string) => svg.split(needle).length - 1;

/** A workshop-sized map: 240 cards over 8 stages and two card lanes, every channel used. */
function bigMap() {
  const doc = templateDoc('blank');
  const map = cleanMap(doc);
  const cardLanes = map.lanes.filter((l) => l.kind === 'touchpoints' || l.kind === 'backstage');
  for (let i = 0; i < 240; i++) {
    addTouchpoint(doc, {
      stageId: map.stages[i % map.stages.length]!.id,
      laneId: cardLanes[i % 2]!.id,
      title: `Touchpoint number ${i} with a fairly long title to wrap`,
      channel: CHANNELS[i % CHANNELS.length],
      owner: i % 7 ? 'Contact center' : '',
      emotion: (i % 5) - 2,
    });
  }
  return cleanMap(doc);
}

describe('renderMapSvg', () => {
  it('draws the whole sample map: header, every stage, card, note, connection and the legend', () => {
    const map = sample();
    const svg = renderMapSvg(map);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    for (const text of [map.info.title, map.info.persona, map.info.goal]) expect(svg).toContain(text);
    for (const stage of map.stages) expect(svg).toContain(`>${stage.name}</text>`);
    expect(count(svg, 'data-kind="touchpoint"')).toBe(11);
    expect(count(svg, 'data-hub="true"')).toBe(3);
    expect(count(svg, 'data-kind="painPoint"')).toBe(2);
    expect(count(svg, 'data-kind="opportunity"')).toBe(1);
    expect(count(svg, 'data-kind="connection"')).toBe(5);
    expect(svg).toContain('data-points="-1,-1,-2,-2,1,-1,0,1,2,0,1"');
    expect(svg).toContain('>No owner</text>');
    expect(svg).toContain('>HUB · 3 IN</text>');
    for (const heading of ['LEGEND', 'CHANNELS', 'EMOTION', 'CONTACT-CENTER HUB'])
      expect(svg).toContain(`>${heading}</text>`);
    expect(svg).not.toMatch(/<(script|image|foreignObject|style)\b|href=|url\((?!#)/);
  });

  it('is deterministic', () => {
    const map = sample();
    expect(renderMapSvg(map)).toBe(renderMapSvg(map));
  });

  it('escapes user text, so a title cannot inject markup', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    setMapInfo(doc, { title: '<script>alert(1)</script> & "friends"' });
    updateTouchpoint(doc, touchpointTitled(map, 'IVR menu').id, {
      title: "</text><script>x</script>'",
      owner: 'A\u0001B',
    });
    const svg = renderMapSvg(cleanMap(doc));
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;x&lt;/script&gt;&apos;');
    expect(svg).toContain('>AB</text>');
  });

  it('is sized to the whole grid plus header and legend, and scales only its width and height', () => {
    const map = sample();
    const g = exportGeometry(map);
    expect(g.width).toBe(g.layout.width + 2 * EXPORT_PAGE.margin);
    expect(g.height).toBeGreaterThan(g.layout.height + g.header.height + g.legend.height);
    const { width, height } = mapExportSize(map);
    expect(renderMapSvg(map)).toContain(
      `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
    );
    expect(renderMapSvg(map, { scale: 2 })).toContain(
      `width="${width * 2}" height="${height * 2}" viewBox="0 0 ${width} ${height}"`,
    );
  });

  it('paints a white page unless asked for a transparent one', () => {
    const { width, height } = mapExportSize(sample());
    const page = `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`;
    expect(renderMapSvg(sample())).toContain(page);
    expect(renderMapSvg(sample(), { background: 'transparent' })).not.toContain(page);
  });

  it('keeps a small map at least as wide as its legend needs', () => {
    const doc = templateDoc('blank');
    for (const stage of cleanMap(doc).stages.slice(1)) deleteStage(doc, stage.id, { touchpoints: 'delete' });
    const map = cleanMap(doc);
    expect(map.stages).toHaveLength(1);
    expect(mapExportSize(map).width).toBe(EXPORT_PAGE.minContentWidth + 2 * EXPORT_PAGE.margin);
  });

  // Speed is measured in bench/renderMapSvg.bench.ts, not asserted here (shared, noisy machines).
  it('renders all 240 touchpoints of a workshop-sized map in a bounded document', () => {
    const map = bigMap();
    const svg = renderMapSvg(map);
    expect(count(svg, 'data-kind="touchpoint"')).toBe(240);
    expect(svg.length).toBeLessThan(2_000_000);
  });
});

describe('the emotion curve in the export', () => {
  it('is drawn in solid-coloured pieces, since PDF writers drop gradient strokes', () => {
    const svg = renderMapSvg(sample());
    expect(svg).not.toMatch(/stroke="url\(/);
    const curve = /<g data-part="emotion-curve"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    // 10 Bézier segments between the 11 points, 4 pieces each, plus the 5 level lines.
    expect(count(curve, '<path')).toBe(10 * 4 + 5);
  });

  it('blends the emotion colours like the canvas gradient', () => {
    expect(blendedEmotionColor(2)).toBe('#16a34a');
    expect(blendedEmotionColor(-2)).toBe('#dc2626');
    expect(blendedEmotionColor(-9)).toBe('#dc2626');
    expect(blendedEmotionColor(0.5)).toMatch(/^#[0-9a-f]{6}$/);
    expect(blendedEmotionColor(0.5)).not.toBe(blendedEmotionColor(0));
  });
});

describe('the insights in the export', () => {
  it('sums up moments of pain, hubs by load and unowned cards next to the legend', () => {
    const svg = renderMapSvg(sample());
    const summary = /<g data-part="summary">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(summary).toContain('>SUMMARY</text>');
    expect(summary).toContain('>Moments of pain: Router app restart, IVR menu, Chat with bot</text>');
    expect(summary).toContain(
      '>Hubs by load: Agent call (0/mo, 3 direct · 1 via hubs in); Chat with bot (0/mo, 1 direct in); IVR menu (0/mo, 0 direct in)</text>',
    );
    expect(summary).toContain('>Unowned: 1 of 11 touchpoints</text>');
  });

  it('draws a measured score filled and a guessed one hollow', () => {
    const doc = templateDoc('sample');
    expect(renderMapSvg(cleanMap(doc))).not.toContain('data-measured');
    setEmotionSource(doc, touchpointTitled(cleanMap(doc), 'Agent call').id, 'csat');
    const svg = renderMapSvg(cleanMap(doc));
    expect(count(svg, 'data-measured="true"')).toBe(1);
    const curve = /<g data-part="emotion-curve"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(count(curve, 'fill="#ffffff"')).toBe(10);
  });
});
