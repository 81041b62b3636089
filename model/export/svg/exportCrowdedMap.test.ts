import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTouchpoint } from '../../commands/touchpoints';
import { readMap } from '../../readMap';
import { crowdedMapFile } from '../../testing/crowdedMapFile';
import { cleanMap, laneOfKind, stageNamed, templateDoc } from '../../testing/testMaps';
import { writeMapFileToDoc } from '../writeMapFile';
import { EXPORT_PAGE, mapExportSize, renderMapSvg } from './renderMapSvg';
import { GRID, SLOTS_PER_ROW } from '../../layout';

const count = (svg: string, needle: string) => svg.split(needle).length - 1;
const part = (svg: string, name: string) =>
  new RegExp(`<g data-part="${name}"[^>]*>(.*?)</g>`).exec(svg)?.[1] ?? '';

describe('the export of a crowded map', () => {
  it('wraps the cells as the canvas does: the 120-card map is three cards wide a stage', () => {
    const doc = new Y.Doc();
    writeMapFileToDoc(doc, crowdedMapFile() as never);
    const map = readMap(doc).map;
    expect(map.touchpoints).toHaveLength(120);
    // One row per cell made it 28,320 px wide (56,640 px as a 2× PNG).
    const { width, height } = mapExportSize(map);
    const stageWidth = SLOTS_PER_ROW * GRID.slotWidth + 2 * GRID.columnPadding;
    expect(width).toBe(GRID.laneHeaderWidth + 8 * stageWidth + 2 * EXPORT_PAGE.margin);
    expect(width).toBe(6048);
    expect(height).toBeLessThan(width);
    expect(count(renderMapSvg(map), 'data-kind="touchpoint"')).toBe(120);
  });
});

describe('which cards the export puts on the curve and flags for an owner', () => {
  it('leaves backstage and customer-action cards off the curve and unflagged, and says so in the legend', () => {
    const doc = templateDoc('sample');
    const map0 = cleanMap(doc);
    const stage = stageNamed(map0, 'Notice problem').id;
    for (const kind of ['backstage', 'actions']) {
      addTouchpoint(doc, {
        stageId: stage,
        laneId: laneOfKind(map0, kind).id,
        title: `${kind} card`,
        emotion: -2,
      });
    }
    const svg = renderMapSvg(cleanMap(doc));
    expect(count(svg, 'data-kind="touchpoint"')).toBe(13);
    // The curve's dots: the sample's 11 front-stage touchpoints only.
    expect(
      count(part(svg, 'emotion-curve'), '<circle') - count(part(svg, 'emotion-curve'), 'fill-opacity'),
    ).toBe(11);
    // Bill credit is the one flagged card; the two new ones have no owner and no flag.
    expect(count(svg, '>No owner</text>')).toBe(1);
    expect(part(svg, 'summary')).toContain('>Unowned: 1 of 11 touchpoints</text>');
    const note = part(svg, 'curve-lanes')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    expect(note).toBe(
      'The curve goes through the cards in Touchpoints (front stage); Customer actions and Backstage cards are left out.',
    );
    expect(svg).toContain('>No owner: a Touchpoints card needs one</text>');
  });
});
