import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** A piece of one line drawn with one font at one bidi level, in the order it is drawn (left to right). */
export interface TextRun<F> {
  /** What to shape: logical order, unless `reversed` (then already in visual order). */
  readonly text: string;
  readonly font: F;
  /** Odd = right to left (Unicode bidi embedding level). */
  readonly level: number;
  /**
   * An RTL run with no right-to-left letter (only spaces, punctuation…): the shaper would lay it
   * out left to right, so it is reversed (and brackets mirrored) here instead.
   */
  readonly reversed: boolean;
}

/** Characters that take their font from their neighbours when that font has them (spaces, punctuation). */
const WEAK = new Set(['WS', 'ON', 'CS', 'ES', 'ET', 'NSM', 'BN', 'S']);
const RTL_STRONG = new Set(['R', 'AL']);

/**
 * One line of text → runs per font and per bidi level, in visual order. Levels come from the
 * Unicode bidi algorithm with a left-to-right paragraph (as the SVG, and so the PNG, lays it out);
 * `pickFont` chooses by glyph coverage, and in right-to-left text spaces and punctuation stay in
 * the font around them when it has them (so an Arabic phrase shapes as one run). RTL runs with Arabic or Hebrew letters
 * are reversed by the shaper (fontkit lays out right-to-left scripts in visual order).
 */
export function splitTextRuns<F>(
  text: string,
  pickFont: (cp: number) => F,
  hasGlyph: (font: F, cp: number) => boolean,
): TextRun<F>[] {
  if (!text) return [];
  const { levels } = bidi.getEmbeddingLevels(text, 'ltr');
  const logical: { text: string; font: F; level: number; rtlLetters: boolean }[] = [];
  let i = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const level = levels[i] ?? 0;
    i += ch.length;
    const type = bidi.getBidiCharTypeName(ch);
    const last = logical.at(-1);
    // In a right-to-left stretch, spaces and punctuation stay in the script's font so the phrase
    // shapes (and reads back) as one piece; elsewhere they take their own font (an emoji font's
    // space is an em wide).
    // Combining marks (and emoji variation selectors) always go with their base.
    const sticks = last && last.level === level && (type === 'NSM' || (level % 2 === 1 && WEAK.has(type)));
    const font = sticks && hasGlyph(last.font, cp) ? last.font : pickFont(cp);
    if (last && last.font === font && last.level === level) {
      last.text += ch;
      last.rtlLetters ||= RTL_STRONG.has(type);
    } else {
      logical.push({ text: ch, font, level, rtlLetters: RTL_STRONG.has(type) });
    }
  }
  const runs = logical.map(({ text: t, font, level, rtlLetters }) => {
    const reversed = level % 2 === 1 && !rtlLetters;
    return { text: reversed ? mirrorReverse(t) : t, font, level, reversed };
  });
  return reorderRuns(runs);
}

/** Unicode bidi rule L2 over runs: from the highest level down to the lowest odd one, reverse every stretch at that level or above. */
export function reorderRuns<R extends { readonly level: number }>(runs: readonly R[]): R[] {
  const out = [...runs];
  const levels = out.map((r) => r.level);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    let start = -1;
    for (let k = 0; k <= out.length; k++) {
      const inside = k < out.length && out[k]!.level >= level;
      if (inside && start < 0) start = k;
      if (!inside && start >= 0) {
        out.splice(start, k - start, ...out.slice(start, k).reverse());
        start = -1;
      }
    }
  }
  return out;
}

function mirrorReverse(text: string): string {
  return [...text]
    .reverse()
    .map((ch) => bidi.getMirroredCharacter(ch) ?? ch)
    .join('');
}
