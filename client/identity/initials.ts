/** Splits text into user-perceived characters, so an emoji or an accented letter stays whole. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** A character counts when it starts with a letter of any script (a combining accent may follow). */
const LETTER = /^\p{L}/u;

/** The letters of one word, each a whole character: "(facilitator)" → f, a, c, … */
function letters(word: string): string[] {
  return [...graphemes.segment(word)].map((s) => s.segment).filter((g) => LETTER.test(g));
}

/** Upper case, unless that would turn one character into two (ß → SS). */
function upper(grapheme: string): string {
  const up = grapheme.toUpperCase();
  return [...graphemes.segment(up)].length === 1 ? up : grapheme;
}

/**
 * Up to two initials for an avatar, from letters only: the first letters of the first and last
 * words ("Fiona (facilitator)" → "FF"), or the first two letters of a single word ("Bob" → "BO").
 * Punctuation, digits and emoji are skipped and a character is never split, so no bracket and no
 * lone surrogate is ever drawn; a name without letters gets "?".
 */
export function initials(name: string): string {
  const words = name
    .split(/\s+/)
    .map(letters)
    .filter((l) => l.length > 0);
  const first = words[0];
  if (!first) return '?';
  const last = words.at(-1);
  const picked = words.length > 1 && last ? [first[0], last[0]] : first.slice(0, 2);
  return picked.map((g) => upper(g ?? '')).join('');
}
