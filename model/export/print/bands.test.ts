import { describe, expect, it } from 'vitest';
import { packBands, tileColumnName, tileStarts } from './bands';

describe('packBands', () => {
  const segs = (...sizes: number[]) => {
    let start = 0;
    return sizes.map((size) => ({ start, end: (start += size) }));
  };

  it('puts as many whole segments in a band as fit, in order', () => {
    const bands = packBands(segs(260, 492, 724, 492, 260), 760);
    expect(bands.map((b) => [b.first, b.last])).toEqual([
      [0, 1],
      [2, 2],
      [3, 4],
    ]);
    for (const b of bands) expect(b.end - b.start).toBeLessThanOrEqual(760);
  });

  it('cuts a segment wider than a band into equal parts, and says which part', () => {
    const bands = packBands(segs(100, 1000, 100), 400);
    expect(bands.map((b) => b.part?.parts ?? 0)).toEqual([0, 3, 3, 3, 0]);
    expect(bands[1]!.start).toBe(100);
    expect(bands[3]!.end).toBe(1100);
  });

  it('cuts between cards where the segment says it may, never through one', () => {
    const bands = packBands([{ start: 0, end: 724, cuts: [246, 478] }], 500);
    expect(bands.map((b) => [b.start, b.end])).toEqual([
      [0, 478],
      [478, 724],
    ]);
    expect(bands.map((b) => b.part)).toEqual([
      { part: 1, parts: 2 },
      { part: 2, parts: 2 },
    ]);
  });

  it('refuses a page with no room', () => {
    expect(() => packBands(segs(10), 0)).toThrow(/No room/);
  });
});

describe('tileStarts', () => {
  it('covers the length with tiles that overlap by the given amount', () => {
    const starts = tileStarts(1000, 300, 30);
    expect(starts).toEqual([0, 270, 540, 810]);
    expect(starts.at(-1)! + 300).toBeGreaterThanOrEqual(1000);
    expect(tileStarts(100, 300, 30)).toEqual([0]);
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27].map(tileColumnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
});
