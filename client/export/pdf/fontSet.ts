import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { chunkKey, FONT_FAMILIES, FONT_FAMILY_TRAITS, type FontChunk, type FontWeight } from './fontFamilies';
import type { FontSource } from './fontSource';
import { ChunkIndex } from './unicodeRanges';
import { woffToSfnt } from './woffToSfnt';

/** What fontkit's `create` returns that the writer reads: coverage, shaping and metrics. */
export type ShapingFont = ReturnType<typeof fontkit.create>;

/** One embedded chunk at one weight: pdf-lib's font (encodes, subsets) and fontkit's (measures). */
export interface LoadedFont {
  readonly key: string;
  readonly pdf: PDFFont;
  readonly shaping: ShapingFont;
  /**
   * A whole (not subset) font: the glyphs drawn, with their widths (1/1000 em) and characters.
   * pdf-lib writes widths and ToUnicode only for glyphs the cmap reaches, not for the forms shaping
   * picks (Arabic initial/medial/final), so `fixWholeFonts` rewrites both from this after drawing.
   */
  readonly used?: Map<number, { readonly width: number; readonly codePoints: readonly number[] }>;
}

/** A text the document draws, with its weight: what decides which chunks to download. */
export interface TextNeed {
  readonly text: string;
  readonly weight: FontWeight;
}

/**
 * The fonts one PDF embeds: the chunks its texts need (by unicode range, fallback order of
 * FONT_FAMILIES), each downloaded once, embedded once per weight.
 */
export class FontSet {
  private readonly loaded = new Map<string, LoadedFont>();

  private constructor(
    private readonly index: ChunkIndex,
    /** Loaded fonts per weight, in fallback order (for characters a chunk's range claims but lacks). */
    private readonly byWeight: Record<FontWeight, LoadedFont[]>,
  ) {}

  static async load(doc: PDFDocument, source: FontSource, needs: Iterable<TextNeed>): Promise<FontSet> {
    doc.registerFontkit(fontkit);
    const tables = await Promise.all(FONT_FAMILIES.map((f) => source.ranges(f)));
    const index = new ChunkIndex(
      Object.fromEntries(FONT_FAMILIES.map((f, i) => [f, tables[i]!])) as ConstructorParameters<
        typeof ChunkIndex
      >[0],
    );
    const wanted = new Map<string, { chunk: FontChunk; weight: FontWeight }>();
    const seen = new Set<string>();
    const want = (chunk: FontChunk, weight: FontWeight) =>
      wanted.set(`${chunkKey(chunk)}@${weight}`, { chunk, weight });
    // Latin is always there: spaces, digits and the fallback box for a character no font has.
    want({ family: 'sans', chunk: 'latin' }, 400);
    for (const { text, weight } of needs) {
      for (const ch of text) {
        const id = `${ch}@${weight}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const best = index.chunksFor(ch.codePointAt(0)!)[0];
        if (best) want(best, weight);
      }
    }
    const set = new FontSet(index, { 400: [], 700: [] });
    const order = [...wanted.values()].sort(
      (a, b) => FONT_FAMILIES.indexOf(a.chunk.family) - FONT_FAMILIES.indexOf(b.chunk.family),
    );
    const fonts = await Promise.all(order.map(({ chunk, weight }) => embed(doc, source, chunk, weight)));
    fonts.forEach((font, i) => {
      set.loaded.set(font.key, font);
      set.byWeight[order[i]!.weight].push(font);
    });
    return set;
  }

  /** Every embedded font. */
  fonts(): LoadedFont[] {
    return [...this.loaded.values()];
  }

  private readonly picked = new Map<number, LoadedFont>();

  /** The font that draws `cp` at `weight`: its chunk's, else any loaded one that has it, else Latin. */
  fontFor(cp: number, weight: FontWeight): LoadedFont {
    const key = cp * 2 + (weight === 700 ? 1 : 0);
    let font = this.picked.get(key);
    if (!font) {
      font = this.pick(cp, weight);
      this.picked.set(key, font);
    }
    return font;
  }

  private pick(cp: number, weight: FontWeight): LoadedFont {
    for (const chunk of this.index.chunksFor(cp)) {
      const font = this.loaded.get(`${chunkKey(chunk)}@${weight}`);
      if (font?.shaping.hasGlyphForCodePoint(cp)) return font;
    }
    const any = this.byWeight[weight].find((f) => f.shaping.hasGlyphForCodePoint(cp));
    return any ?? this.byWeight[weight][0] ?? this.byWeight[400][0]!;
  }
}

async function embed(
  doc: PDFDocument,
  source: FontSource,
  chunk: FontChunk,
  weight: FontWeight,
): Promise<LoadedFont> {
  const woff = await source.woff(chunk, weight);
  const { subset } = FONT_FAMILY_TRAITS[chunk.family];
  // Unwrapped first, always: a whole font is copied into the PDF as is, so it must be an sfnt, and
  // the platform's inflate is far faster than fontkit's own (run twice: pdf-lib's parse and ours).
  const bytes = await woffToSfnt(woff);
  const pdf = await doc.embedFont(bytes, { subset });
  const key = `${chunkKey(chunk)}@${weight}`;
  return { key, pdf, shaping: fontkit.create(bytes), ...(subset ? {} : { used: new Map() }) };
}
