import { describe, expect, it } from 'vitest';
import { FONT_FAMILIES, type FontFamily } from './fontFamilies';
import { nodeFontSource } from './nodeFontSource';
import { ChunkIndex, parseUnicodeRange, type UnicodeRangeTable } from './unicodeRanges';

describe('parseUnicodeRange', () => {
  it('reads single points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0460-052F,U+20B4, U+1F3?')).toEqual([
      [0x460, 0x52f],
      [0x1f30, 0x1f3f],
      [0x20b4, 0x20b4],
    ]);
  });
  it('throws on anything else', () => {
    expect(() => parseUnicodeRange('U+12,latin')).toThrow('Bad unicode-range part: "latin"');
  });
});

describe('ChunkIndex (the fontsource packages we ship)', async () => {
  const source = nodeFontSource();
  const tables = Object.fromEntries(
    await Promise.all(FONT_FAMILIES.map(async (f) => [f, await source.ranges(f)] as const)),
  ) as Record<FontFamily, UnicodeRangeTable>;
  const index = new ChunkIndex(tables);
  const best = (ch: string) => index.chunksFor(ch.codePointAt(0)!)[0];

  it('picks the chunk of each script, in fallback order', () => {
    expect(best('a')).toEqual({ family: 'sans', chunk: 'latin' });
    expect(best('ł')).toEqual({ family: 'sans', chunk: 'latin-ext' });
    expect(best('З')).toEqual({ family: 'sans', chunk: 'cyrillic' });
    expect(best('Ζ')).toEqual({ family: 'sans', chunk: 'greek' });
    expect(best('م')).toEqual({ family: 'arabic', chunk: 'arabic' });
    expect(best('ש')).toEqual({ family: 'hebrew', chunk: 'hebrew' });
    expect(best('🙂')?.family).toBe('emoji');
    expect(best('网')?.family).toBe('sc');
    expect(best('网')?.chunk).toMatch(/^\[\d+\]$/);
  });

  it("uses a script family only for its script (✅ is Noto Emoji's, not Noto Sans Arabic's symbols)", () => {
    expect(best('✅')?.family).toBe('emoji');
    expect(index.chunksFor(0x20)[0]).toEqual({ family: 'sans', chunk: 'latin' });
    expect(index.chunksFor(0x20).map((c) => c.family)).not.toContain('arabic');
  });

  it('has nothing for a character no font lists', () => {
    expect(index.chunksFor(0x10ffff)).toEqual([]);
  });
});
