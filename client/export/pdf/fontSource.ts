import type { FontChunk, FontFamily, FontWeight } from './fontFamilies';
import type { UnicodeRangeTable } from './unicodeRanges';

/**
 * Where the PDF writer gets its fonts: in the browser, URLs of fontsource's files fetched only when
 * someone exports (`browserFontSource.ts`); in Node (tests, bench), the same files read from disk.
 */
export interface FontSource {
  /** The family's chunks and their unicode ranges (fontsource's `unicode.json`). */
  ranges(family: FontFamily): Promise<UnicodeRangeTable>;
  /** One chunk's WOFF 1 file. */
  woff(chunk: FontChunk, weight: FontWeight): Promise<Uint8Array>;
}
