/** The first character, whole (an accented letter may be two code points). */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A message shown on its own starts with a capital. Model and server messages are written to sit
 * mid-sentence ("the stages and lanes are locked…"), so every place that shows one alone uses this.
 * A message that starts with anything but a lower-case letter (a quoted card title, a name, a
 * number) is left as it is: “router app” stays the card's own spelling.
 */
export function sentenceCase(message: string): string {
  const first = graphemes.segment(message)[Symbol.iterator]().next().value?.segment;
  if (!first || !/^\p{Ll}/u.test(first)) return message;
  const up = first.toUpperCase();
  return up.length === first.length ? up + message.slice(first.length) : message;
}
