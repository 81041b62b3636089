import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../journeyMap';
import { readMap } from '../../readMap';
import { bigMapFile } from '../../testing/bigMapFile';
import { cleanMap, templateDoc } from '../../testing/testMaps';
import { parseMapFile } from '../mapFile';
import { writeMapFileToDoc } from '../writeMapFile';
import { DEFAULT_PRINT_OPTIONS, paperSize, PRINT_PAGE, type PrintOptions } from './printOptions';
import { pageText, printedTexts } from './printTestKit';
import { renderPrintPages } from './renderPrintPages';

function bigMap(cards: number): JourneyMap {
  const parsed = parseMapFile(bigMapFile(cards, 'Big map'));
  if (!parsed.ok) throw new Error(parsed.error);
  const doc = new Y.Doc();
  writeMapFileToDoc(doc, parsed.data);
  return readMap(doc).map;
}
const sample = () => cleanMap(templateDoc('sample'));
const print = (map: JourneyMap, patch: Partial<PrintOptions> = {}) =>
  renderPrintPages(map, { ...DEFAULT_PRINT_OPTIONS, date: '2026-03-03', ...patch });

describe('renderPrintPages', () => {
  it('prints every text of every page at 8 pt or more, stage pages included', () => {
    const pages = print(bigMap(120));
    const maps = pages.filter((p) => p.kind === 'map');
    expect(maps.length).toBeGreaterThan(1);
    for (const page of pages) {
      const texts = printedTexts(page.svg);
      expect(texts.length).toBeGreaterThan(0);
      for (const t of texts)
        expect(t.sizePt, `"${t.text}" on a ${page.kind} page`).toBeGreaterThanOrEqual(8 - 1e-6);
    }
  });

  it('puts several stages on a page, in order, each stage once, the lane labels on every page', () => {
    const map = bigMap(120);
    // A3 landscape: room for several of these stages side by side at 8 pt (A4 holds about one).
    const maps = print(map, { paper: 'a3' }).filter((p) => p.kind === 'map');
    const stagesOn = maps.map((p) => map.stages.filter((s) => p.svg.includes(`data-stage="${s.id}"`)));
    expect(Math.max(...stagesOn.map((s) => s.length))).toBeGreaterThan(1);
    // A page names only its own stages (the others are not in its file), and every stage is named.
    const named = new Set(stagesOn.flat().map((s) => s.id));
    expect(named.size).toBe(map.stages.length);
    expect(Math.max(...stagesOn.map((s) => s.length))).toBeLessThan(map.stages.length);
    const lanes = map.lanes.filter((l) => l.visible).map((l) => l.label);
    for (const page of maps) for (const lane of lanes) expect(pageText(page.svg)).toContain(lane);
    // Every card is drawn on exactly one map page: a page holds only its own stages' cards.
    for (const t of map.touchpoints) {
      const on = maps.filter((p) => p.svg.includes(`data-id="${t.id}"`)).length;
      expect(on, t.title).toBe(1);
    }
  });

  it('numbers every page "Page n of N" and heads it with the map title', () => {
    const pages = print(sample());
    pages.forEach((page, i) => {
      const text = pageText(page.svg);
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text).toContain('Home internet: connection drops');
    });
  });

  it('starts with a cover naming the persona, goal, scenario and date, and a summary', () => {
    const map = sample();
    const [cover] = print(map);
    expect(cover?.kind).toBe('cover');
    const text = pageText(cover!.svg);
    for (const field of [map.info.persona, map.info.goal, map.info.scenario, '2026-03-03'])
      expect(text).toContain(field);
    const summary = print(map)
      .filter((p) => p.kind === 'summary')
      .map((p) => pageText(p.svg))
      .join(' ');
    for (const heading of ['HUBS BY LOAD', 'MOMENTS OF PAIN', 'UNOWNED TOUCHPOINTS', 'OPEN OPPORTUNITIES'])
      expect(summary).toContain(heading);
  });

  it('flows a long appendix over several pages and cuts nothing', () => {
    const base = sample();
    const long = Array.from({ length: 60 }, (_, i) => `Sentence ${i + 1} of a long description.`).join(' ');
    const map: JourneyMap = {
      ...base,
      touchpoints: base.touchpoints.map((t) => ({ ...t, description: long })),
    };
    const appendix = print(map).filter((p) => p.kind === 'appendix');
    expect(appendix.length).toBeGreaterThan(2);
    const text = appendix.map((p) => pageText(p.svg)).join(' ');
    for (let i = 1; i <= 60; i++) expect(text).toContain(`Sentence ${i} of a long description.`);
    expect(text).not.toContain('…');
    for (const t of map.touchpoints) expect(text).toContain(t.title);
    // Nothing runs past the content box into the foot.
    const page = paperSize('a4', 'landscape');
    for (const p of appendix) {
      const lowest = Math.max(
        ...[...p.svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1])),
      );
      expect(lowest).toBeLessThanOrEqual(page.height - PRINT_PAGE.margin);
    }
  });

  it('cuts a poster into overlapping tiles named like cells, with crop marks', () => {
    const map = bigMap(120);
    const tiles = print(map, { layout: 'poster', cover: false, summary: false, appendix: false });
    const names = tiles.map((t) => /data-tile="([A-Z]+\d+)"/.exec(t.svg)?.[1]);
    const cols = new Set(names.map((n) => n?.replace(/\d+/, ''))).size;
    const rows = new Set(names.map((n) => n?.replace(/[A-Z]+/, ''))).size;
    expect(cols).toBeGreaterThan(1);
    expect(tiles.length).toBe(cols * rows);
    expect(names.slice(0, 2)).toEqual(['A1', 'B1']);
    for (const t of tiles) expect(t.svg).toContain('data-part="crop-marks"');
    // Neighbours overlap by 10 mm on paper: B1's window starts before A1's ends.
    const box = (svg: string) =>
      /<svg x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" viewBox="([\d. ]+)"/.exec(svg);
    const [a, b] = [box(tiles[0]!.svg)!, box(tiles[1]!.svg)!];
    const [ax, , aw] = a[2]!.split(' ').map(Number);
    const [bx] = b[2]!.split(' ').map(Number);
    const scale = Number(a[1]) / aw!;
    expect((ax! + aw! - bx!) * scale).toBeCloseTo(PRINT_PAGE.overlap, 0);
  });

  it('leaves out the sections that are off, and lays a one-page map at its own size', () => {
    const map = sample();
    const pages = print(map, { layout: 'fit', cover: false, summary: false, appendix: false });
    expect(pages.map((p) => p.kind)).toEqual(['map']);
    expect(pages[0]!.widthPt).toBeGreaterThan(paperSize('a4', 'landscape').width);
  });
});
