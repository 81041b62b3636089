/**
 * The fonts a PDF can embed, in fallback order: a character is drawn with the first family whose
 * chunk (a fontsource unicode-range file) holds it. Noto Sans first (Latin, Cyrillic, Greek,
 * Vietnamese…), then the script families, emoji last (its chunks also list digits and '#').
 */
export const FONT_FAMILIES = ['sans', 'arabic', 'hebrew', 'sc', 'emoji'] as const;
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
    /** Chunks not to use from this family (another family earlier in the order draws them). */
    readonly skip?: readonly string[];
  }
> = {
  sans: { pkg: 'noto-sans', subset: true },
  arabic: { pkg: 'noto-sans-arabic', subset: false },
  hebrew: { pkg: 'noto-sans-hebrew', subset: true },
  sc: { pkg: 'noto-sans-sc', subset: true },
  emoji: { pkg: 'noto-emoji', subset: true },
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
