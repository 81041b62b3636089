import { describe, expect, it } from 'vitest';
import { GALLERY_TEMPLATES } from '../../../model/templates/gallery';
import { buildMapFile, parseMapFile } from '../../../model/export';
import { builtinSnapshot, drawTemplatePreview, fileSnapshot } from './templateSnapshot';

describe('template preview snapshots', () => {
  it('seeds the built-ins like a new map: blank has stages and no cards, the sample has cards', () => {
    const blank = builtinSnapshot('blank');
    expect(blank.stages.length).toBeGreaterThan(0);
    expect(blank.touchpoints).toHaveLength(0);
    const sample = builtinSnapshot('sample');
    expect(sample.touchpoints.length).toBeGreaterThan(5);
  });

  it('reads every gallery template back with its stages and touchpoints', () => {
    for (const template of GALLERY_TEMPLATES) {
      const file = template.build();
      const map = fileSnapshot(file);
      expect(map.stages.map((s) => s.name)).toEqual(file.map.stages.map((s) => s.name));
      expect(map.touchpoints).toHaveLength(file.map.touchpoints.length);
    }
  });

  it('reads a saved template’s file (an export of a map) back to the same map', () => {
    const sample = builtinSnapshot('sample');
    const parsed = parseMapFile(JSON.parse(JSON.stringify(buildMapFile(sample))));
    if (!parsed.ok) throw new Error(parsed.error);
    const roundTrip = fileSnapshot(parsed.data);
    expect(roundTrip.touchpoints.map((t) => t.title)).toEqual(sample.touchpoints.map((t) => t.title));
    expect(roundTrip.info.title).toBe(sample.info.title);
  });

  it('draws the map with the export renderer and frames its grid', () => {
    const map = fileSnapshot(GALLERY_TEMPLATES[1]!.build());
    const drawing = drawTemplatePreview(map);
    expect(drawing.svg.startsWith('<svg')).toBe(true);
    expect(drawing.svg).toContain(map.stages[0]!.name.split(' ')[0]);
    const [x, y, w, h] = drawing.viewBox;
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThan(0);
    expect(x + w).toBeLessThanOrEqual(drawing.width + 8);
    expect(y + h).toBeLessThanOrEqual(drawing.height);
    expect(w / h).toBeGreaterThanOrEqual(2.4 - 0.5);
  });
});
