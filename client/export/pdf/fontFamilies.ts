/**
 * The fonts a PDF can embed, in fallback order: a character is drawn with the first family whose
 * chunk (a fontsource unicode-range file) holds it. Noto Sans first (Latin, Cyrillic, Greek,
 * Vietnamese…), then the script families; emoji before CJK, whose chunks list many symbols
 * (✅, ☕…) they have no glyph for, and after Noto Sans (emoji chunks also list digits and '#').
 */
export const FONT_FAMILIES = ['sans', 'arabic', 'hebrew', 'emoji', 'sc'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];
export type FontWeight = 400 | 700;

export const FONT_FAMILY_TRAITS: Record<
  FontFamily,
  {
    /** The @fontsource package (its `unicode.json` lists the chunks and their ranges). */
    readonly pkg: string;
    /**
     * Embed only the glyphs used. Off for Arabic: fontkit 1's subsetter drops its glyphs (the text
     * renders blank), so the whole chunk (~80 KB a weight) goes in, converted to an sfnt first.
     */
    readonly subset: boolean;
    /**
     * Which of the family's chunks to use: a script family also ships Latin, symbols… chunks that
     * Noto Sans or Noto Emoji draw better (Noto Sans Arabic's "symbols" lists ✅ without the glyph).
     */
    readonly uses: (chunk: string) => boolean;
  }
> = {
  sans: { pkg: 'noto-sans', subset: true, uses: () => true },
  arabic: { pkg: 'noto-sans-arabic', subset: false, uses: (c) => c === 'arabic' },
  hebrew: { pkg: 'noto-sans-hebrew', subset: true, uses: (c) => c === 'hebrew' },
  emoji: { pkg: 'noto-emoji', subset: true, uses: () => true },
  sc: { pkg: 'noto-sans-sc', subset: true, uses: (c) => /^\[\d+\]$/.test(c) },
};

/** One chunk of one family: `noto-sans-sc` chunk `[17]` is the file `noto-sans-sc-17-400-normal.woff`. */
export interface FontChunk {
  readonly family: FontFamily;
  readonly chunk: string;
}

export function chunkFileName({ family, chunk }: FontChunk, weight: FontWeight): string {
  return `${FONT_FAMILY_TRAITS[family].pkg}-${chunk.replace(/^\[(.*)\]$/, '$1')}-${weight}-normal.woff`;
}

export const chunkKey = (c: FontChunk) => `${c.family}/${c.chunk}`;
