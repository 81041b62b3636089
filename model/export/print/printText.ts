import { THEME } from '../svg/exportTheme';
import { text, type Attrs } from '../svg/svgMarkup';
import { textWidth, type TextStyle } from '../svg/textMetrics';

/**
 * The PDF writer embeds Noto Sans, which runs a little wider than the Helvetica metrics we measure
 * with (textMetrics.ts): lines are wrapped to this fraction of the room, so none spills.
 */
export const NOTO_SLACK = 1.08;

/** A style of printed text (sizes in points). */
export interface PrintStyle extends TextStyle {
  readonly color?: string;
  /** Baseline to baseline. */
  readonly lead: number;
}

/** Printed text's width in points, with the room Noto Sans needs. */
export const printWidth = (s: string, style: TextStyle) => textWidth(s, style) * NOTO_SLACK;

/**
 * Word-wraps over as many lines as it takes: nothing is ever cut. A word wider than a line (a URL,
 * a long CJK run) is broken between characters. Line breaks in the text are kept.
 */
export function wrapText(content: string, maxWidth: number, style: TextStyle): string[] {
  const lines: string[] = [];
  for (const paragraph of content.split(/\r?\n/)) {
    let current = '';
    for (const word of paragraph.trim().split(/\s+/)) {
      if (!word) continue;
      const candidate = current ? `${current} ${word}` : word;
      if (printWidth(candidate, style) <= maxWidth) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      current = '';
      for (const piece of breakWord(word, maxWidth, style)) {
        if (current) lines.push(current);
        current = piece;
      }
    }
    if (current) lines.push(current);
  }
  return lines;
}

function breakWord(word: string, maxWidth: number, style: TextStyle): string[] {
  if (printWidth(word, style) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && printWidth(piece + ch, style) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** One line of printed text at a baseline, in the style's font, weight and colour. */
export function printLine(
  content: string,
  x: number,
  y: number,
  style: PrintStyle,
  extra: Attrs = {},
): string {
  return text(content, {
    x,
    y,
    'font-size': style.size,
    'font-weight': style.bold ? 'bold' : undefined,
    fill: style.color ?? THEME.text,
    ...extra,
  });
}

/** The print's text styles, all at least 8 pt. */
export const PRINT_TEXT = {
  title: { size: 30, bold: true, lead: 36 },
  h1: { size: 18, bold: true, lead: 24, color: THEME.stageText },
  h2: { size: 12, bold: true, lead: 17 },
  label: { size: 8, bold: true, lead: 12, color: THEME.faint },
  body: { size: 9.5, lead: 13 },
  muted: { size: 9, lead: 12.5, color: THEME.muted },
  quote: { size: 9.5, lead: 13, color: THEME.muted },
  running: { size: 8, lead: 10, color: THEME.muted },
} as const satisfies Record<string, PrintStyle>;
