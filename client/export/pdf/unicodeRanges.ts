import { FONT_FAMILIES, FONT_FAMILY_TRAITS, type FontChunk, type FontFamily } from './fontFamilies';

/** A family's chunks as fontsource's `unicode.json` lists them: chunk name → CSS unicode-range. */
export type UnicodeRangeTable = Readonly<Record<string, string>>;

type Range = readonly [number, number];

/** `U+0460-052F,U+20B4,U+1F3*` → sorted inclusive ranges. Throws on anything else. */
export function parseUnicodeRange(css: string): Range[] {
  const ranges: Range[] = [];
  for (const part of css.split(',')) {
    const m = /^\s*U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part);
    if (!m) throw new Error(`Bad unicode-range part: "${part}"`);
    const [, from = '', to] = m;
    if (from.includes('?')) {
      ranges.push([parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'f'), 16)]);
    } else {
      const start = parseInt(from, 16);
      ranges.push([start, to === undefined ? start : parseInt(to, 16)]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

const inRanges = (ranges: readonly Range[], cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b);

/**
 * Which chunk draws each character, by the fonts' declared ranges in fallback order: the chunks a
 * set of texts needs (and nothing else) is what an export downloads.
 */
export class ChunkIndex {
  private readonly chunks: { chunk: FontChunk; ranges: Range[] }[] = [];

  constructor(tables: Readonly<Record<FontFamily, UnicodeRangeTable>>) {
    for (const family of FONT_FAMILIES) {
      const { uses } = FONT_FAMILY_TRAITS[family];
      for (const [chunk, css] of Object.entries(tables[family])) {
        if (uses(chunk)) this.chunks.push({ chunk: { family, chunk }, ranges: parseUnicodeRange(css) });
      }
    }
  }

  private readonly memo = new Map<number, FontChunk[]>();

  /** The chunks holding `cp`, best first (the first family's first; others as fallbacks). */
  chunksFor(cp: number): FontChunk[] {
    let found = this.memo.get(cp);
    if (!found) {
      found = this.chunks.filter((c) => inRanges(c.ranges, cp)).map((c) => c.chunk);
      this.memo.set(cp, found);
    }
    return found;
  }
}
