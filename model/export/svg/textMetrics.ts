/**
 * Text measurement without a DOM, so the SVG renderer stays a pure function (server, tests, worker).
 * The export's font stack starts with Helvetica/Arial/Liberation Sans, which share these advance
 * widths (per 1000 em, ASCII 32–126, from the standard Helvetica metrics jsPDF also uses), so a line
 * measured here fits in the PNG and in the PDF alike.
 */
const REGULAR = [
  280, 280, 350, 550, 550, 890, 660, 190, 330, 330, 390, 580, 280, 330, 280, 280, 550, 550, 550, 550, 550,
  550, 550, 550, 550, 550, 280, 280, 580, 580, 580, 550, 1010, 660, 660, 720, 720, 660, 610, 780, 720, 280,
  500, 660, 550, 830, 720, 780, 660, 780, 720, 660, 610, 720, 660, 940, 660, 660, 610, 280, 280, 280, 470,
  550, 330, 550, 550, 500, 550, 550, 280, 550, 550, 220, 220, 500, 220, 830, 550, 550, 550, 550, 330, 500,
  280, 550, 500, 720, 500, 500, 500, 330, 260, 330, 580,
];
const BOLD = [
  280, 330, 470, 550, 550, 890, 720, 240, 330, 330, 390, 580, 280, 330, 280, 280, 550, 550, 550, 550, 550,
  550, 550, 550, 550, 550, 330, 330, 580, 580, 580, 610, 970, 720, 720, 720, 720, 660, 610, 780, 720, 280,
  550, 720, 610, 830, 720, 780, 660, 780, 720, 660, 610, 720, 660, 940, 660, 660, 610, 330, 280, 330, 580,
  550, 330, 550, 610, 550, 610, 550, 330, 610, 610, 280, 280, 550, 280, 890, 610, 610, 610, 610, 390, 550,
  330, 610, 550, 780, 550, 550, 500, 390, 280, 390, 580,
];
/** Anything outside ASCII (accents, CJK, emoji): a generous guess, so it rather wraps early than spills. */
const OTHER = 700;
/** The table is rounded down to 10/1000; a little slack keeps text off the card edges. */
const SLACK = 1.04;

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
}

export function textWidth(text: string, style: TextStyle): number {
  const table = style.bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += code >= 32 && code < 127 ? (table[code - 32] ?? OTHER) : OTHER;
  }
  return (units / 1000) * style.size * SLACK;
}

/** The text cut to fit `maxWidth`, with an ellipsis when anything was cut. */
export function truncate(text: string, maxWidth: number, style: TextStyle): string {
  if (textWidth(text, style) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, style) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '…' : `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/**
 * Word-wraps into at most `maxLines` lines; whatever does not fit goes onto the last line, which is
 * then ellipsized. A single word longer than a line is cut rather than left to overflow the card.
 */
export function wrapLines(text: string, maxWidth: number, style: TextStyle, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.trim().split(/\s+/)) {
    if (!word) continue;
    const candidate = current ? `${current} ${word}` : word;
    if (!current || lines.length === maxLines - 1 || textWidth(candidate, style) <= maxWidth) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
  }
  if (current) lines.push(current);
  return lines.map((line) => truncate(line, maxWidth, style));
}
