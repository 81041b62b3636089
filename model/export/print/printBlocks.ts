import { THEME } from '../svg/exportTheme';
import { el, num } from '../svg/svgMarkup';
import { PRINT_TEXT, type PrintStyle } from './printText';
import { paragraph, type FlowBlock, type FlowLine } from './textFlow';

/** The building blocks of the summary and the appendix, all wrapped to a column's width. */

/** Items sit this far in from their heading; a coloured dot can sit in the gap. */
export const ITEM_INDENT = 14;

/** A section's title, with a rule under the previous section. */
export function sectionHeading(title: string, width: number, first = false): FlowBlock {
  return {
    lines: paragraph(title, PRINT_TEXT.h1, width),
    gapBefore: first ? 0 : 22,
    keepWithNext: true,
  };
}

/** A group's title inside a section ("Hubs by load", "02 Search"), optionally with a note under it. */
export function groupHeading(title: string, width: number, note?: string): FlowBlock {
  return {
    lines: [
      ...paragraph(title.toUpperCase(), { ...PRINT_TEXT.h2, color: THEME.stageText }, width),
      ...(note ? paragraph(note, PRINT_TEXT.muted, width) : []),
    ],
    gapBefore: 16,
    keepWithNext: true,
    rule: THEME.borderStrong,
  };
}

/** One entry: a bold first paragraph (with an optional dot in its colour), then detail paragraphs. */
export function entry(
  title: string,
  details: ReadonlyArray<{ readonly text: string; readonly style?: PrintStyle; readonly indent?: number }>,
  width: number,
  dot?: string,
): FlowBlock {
  const lines: FlowLine[] = [
    ...paragraph(
      title,
      { ...PRINT_TEXT.body, bold: true },
      width,
      ITEM_INDENT,
      dot ? dotMark(dot) : undefined,
    ),
    ...details.flatMap((d) =>
      paragraph(d.text, d.style ?? PRINT_TEXT.muted, width, ITEM_INDENT + (d.indent ?? 0)),
    ),
  ];
  return { lines, gapBefore: 7, keepTogether: lines.length <= 8 };
}

/** A line of plain text in a section ("None.", "3 of 40 touchpoints that need an owner have none."). */
export function note(content: string, width: number, style: PrintStyle = PRINT_TEXT.body): FlowBlock {
  return { lines: paragraph(content, style, width, ITEM_INDENT), gapBefore: 6 };
}

/** A dot left of an entry's first line: the emotion's or channel's colour, as on the map. */
export function dotMark(color: string): FlowLine['mark'] {
  return (x, baseline) => el('circle', { cx: num(x + 4.5), cy: num(baseline - 3.2), r: 3.5, fill: color });
}
