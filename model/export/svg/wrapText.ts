import { textWidth, truncate, type TextStyle } from './textMetrics';

export interface WrappedText {
  /** Every line fits `maxWidth`. */
  readonly lines: readonly string[];
  /** The text needed more than `maxLines`: the last line ends in "…" (the full text is elsewhere). */
  readonly cut: boolean;
}

/**
 * Word-wraps the whole text so that nothing is cut: a word wider than a line (a long compound, a
 * URL, or CJK written without spaces) is broken between characters instead of ellipsized. Only
 * past `maxLines`, a bound far above what the model's length limits need in Latin script, is the
 * last line ellipsized and `cut` set. Whitespace (newlines too) collapses to single spaces. Pure.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  style: TextStyle,
  maxLines = Number.POSITIVE_INFINITY,
): WrappedText {
  const lines: string[] = [];
  let current = '';
  for (const word of text.trim().split(/\s+/)) {
    if (!word) continue;
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, style) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (textWidth(word, style) <= maxWidth) {
      lines.push(current);
      current = word;
      continue;
    }
    // Too wide for any line: fill the rest of this line with its first characters, then go on.
    let piece = current ? `${current} ` : '';
    for (const ch of word) {
      if (textWidth(piece + ch, style) > maxWidth && piece.trim()) {
        lines.push(piece.trimEnd());
        piece = '';
      }
      piece += ch;
    }
    current = piece;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return { lines, cut: false };
  const keep = Math.max(1, maxLines);
  const kept = lines.slice(0, keep);
  // The last kept line and the next did not fit together: truncate cuts them and adds the "…".
  kept[keep - 1] = truncate(`${kept[keep - 1]!} ${lines[keep]!}`, maxWidth, style);
  return { lines: kept, cut: true };
}

/**
 * The width of the widest line: how wide a box around the lines must be (a route label hugs its
 * text, as on the canvas).
 */
export function widestLine(lines: readonly string[], style: TextStyle): number {
  return lines.reduce((most, line) => Math.max(most, textWidth(line, style)), 0);
}
