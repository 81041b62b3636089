import { describe, expect, it } from 'vitest';
import { updateTouchpoint } from '../commands/touchpoints';
import { escapeXml } from '../export/svg/svgMarkup';
import { layoutMap } from '../layout';
import { cleanMap, templateDoc } from '../testing/testMaps';
import { deriveDeck } from './deck';
import { slideFrame } from './slideFrame';
import { slidePreviewSvg } from './slidePreview';

const titles = (map: ReturnType<typeof cleanMap>, stageId: string) =>
  map.touchpoints.filter((t) => t.stageId === stageId).map((t) => escapeXml(t.title));

describe('slidePreviewSvg', () => {
  it("draws a stage slide's frame of the map: its stage's cards, not a far stage's", () => {
    const map = cleanMap(templateDoc('sample'));
    const layout = layoutMap(map);
    const deck = deriveDeck(map);
    const slide = deck[1]!;
    const svg = slidePreviewSvg(map, layout, slide);
    const frame = slideFrame(slide, layout);
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain(`viewBox="${frame.x} ${frame.y} ${frame.width} ${frame.height}"`);
    const own = titles(map, slide.stageIds[0]!);
    expect(own.length).toBeGreaterThan(0);
    for (const title of own) expect(svg).toContain(title);
    const far = deck[map.stages.length - 1]!;
    const farCards = map.touchpoints.filter((t) => t.stageId === far.stageIds[0]);
    expect(farCards.length).toBeGreaterThan(0);
    for (const card of farCards) expect(svg).not.toContain(`data-id="${card.id}"`);
    for (const card of map.touchpoints.filter((t) => t.stageId === slide.stageIds[0])) {
      expect(svg).toContain(`data-id="${card.id}"`);
    }
  });

  it('pins the lane names at the left of a stage slide past the first', () => {
    const map = cleanMap(templateDoc('sample'));
    const layout = layoutMap(map);
    const [first, second] = deriveDeck(map);
    const lane = escapeXml(layout.rows[0]!.label);
    const count = (svg: string) => svg.split(`>${lane}</text>`).length - 1;
    // The first slide shows the real lane column. A later one's window starts right of it (so the
    // real column is not in its file at all) and shows the names once, pinned: in a window placed
    // at the slide's own left edge, not at the map's.
    expect(count(slidePreviewSvg(map, layout, first!))).toBe(1);
    const later = slidePreviewSvg(map, layout, second!);
    expect(count(later)).toBe(1);
    const label = later.indexOf(`>${lane}</text>`);
    const pinned = /^<svg x="([\d.]+)"/.exec(later.slice(later.lastIndexOf('<svg x="', label)));
    expect(Number(pinned?.[1])).toBeGreaterThan(layout.columns[0]!.x);
  });

  it("rings a card slide's cards", () => {
    const map = cleanMap(templateDoc('sample'));
    const layout = layoutMap(map);
    const hubs = deriveDeck(map).find((s) => s.kind === 'hubs')!;
    const svg = slidePreviewSvg(map, layout, hubs);
    expect(svg.match(/stroke="#4f46e5"/g)).toHaveLength(hubs.cardIds.length);
  });

  it('draws once per snapshot, and afresh after an edit', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const layout = layoutMap(map);
    const slide = deriveDeck(map)[0]!;
    const first = slidePreviewSvg(map, layout, slide);
    expect(slidePreviewSvg(map, layout, slide)).toBe(first);
    const card = map.touchpoints.find((t) => t.stageId === slide.stageIds[0])!;
    updateTouchpoint(doc, card.id, { title: 'Renamed' });
    const edited = cleanMap(doc);
    const again = slidePreviewSvg(edited, layoutMap(edited), deriveDeck(edited)[0]!);
    expect(again).toContain('Renamed');
    expect(first).not.toContain('Renamed');
  });
});
