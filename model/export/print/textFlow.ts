import { el } from '../svg/svgMarkup';
import type { Box } from './printOptions';
import { printLine, wrapText, type PrintStyle } from './printText';

/** One printed line of a flow: already wrapped to its column. */
export interface FlowLine {
  readonly text: string;
  readonly style: PrintStyle;
  /** From the column's left edge, in points. */
  readonly indent: number;
  /** Drawn beside the line (a dot, a badge) at the column's left edge and the line's baseline. */
  readonly mark?: (x: number, baseline: number) => string;
}

/** Lines that belong together: a heading, a card's entry, a paragraph. */
export interface FlowBlock {
  readonly lines: readonly FlowLine[];
  /** Space above it, unless it starts a column. */
  readonly gapBefore: number;
  /** A heading: never the last thing in a column (it moves on with the next block's first lines). */
  readonly keepWithNext?: boolean;
  /** Short enough to move whole to the next column rather than split. */
  readonly keepTogether?: boolean;
  /** A hairline across the column above the block. */
  readonly rule?: string;
}

/** How text flows on a page: columns side by side inside the content box. */
export interface FlowFrame {
  readonly box: Box;
  readonly columns: number;
  readonly gutter: number;
}

/** A column's width in a frame. */
export function columnWidth(frame: FlowFrame): number {
  return (frame.box.width - (frame.columns - 1) * frame.gutter) / frame.columns;
}

/** Lines of a wrapped paragraph, the first with `mark`; continuation lines keep the indent. */
export function paragraph(
  content: string,
  style: PrintStyle,
  width: number,
  indent = 0,
  mark?: FlowLine['mark'],
): FlowLine[] {
  return wrapText(content, width - indent, style).map((line, i) => ({
    text: line,
    style,
    indent,
    mark: i === 0 ? mark : undefined,
  }));
}

const height = (lines: readonly FlowLine[]) => lines.reduce((h, l) => h + l.style.lead, 0);

/**
 * Lays blocks into columns and pages, top to bottom, left to right: a line never crosses the
 * bottom of its column, a heading never ends one, a short block moves whole. Returns each page's
 * drawing (at least one page, so an empty section still shows its heading's page).
 */
export function flowPages(blocks: readonly FlowBlock[], frame: FlowFrame): string[] {
  return flow(blocks, frame).pages;
}

/** `flowPages`, and how far down its column the last page's text ends (to place a picture below). */
export function flow(blocks: readonly FlowBlock[], frame: FlowFrame): { pages: string[]; endY: number } {
  const pages: string[] = [''];
  const colWidth = columnWidth(frame);
  const maxY = frame.box.height;
  let col = 0;
  let y = 0;
  const nextColumn = () => {
    col++;
    if (col >= frame.columns) {
      pages.push('');
      col = 0;
    }
    y = 0;
  };
  blocks.forEach((block, i) => {
    if (block.lines.length === 0) return;
    const gap = y === 0 ? 0 : block.gapBefore;
    const next = blocks[i + 1]?.lines.slice(0, 2) ?? [];
    const first = block.keepTogether ? block.lines : block.lines.slice(0, 1);
    const need =
      gap + height(block.keepWithNext ? block.lines : first) + (block.keepWithNext ? height(next) : 0);
    if (y > 0 && y + need > maxY) nextColumn();
    else y += gap;
    const x0 = frame.box.x + col * (colWidth + frame.gutter);
    if (block.rule) {
      pages[pages.length - 1] += el('path', {
        d: `M${x0} ${frame.box.y + y - 4}h${colWidth}`,
        stroke: block.rule,
        'stroke-width': 0.6,
      });
    }
    for (const line of block.lines) {
      if (y > 0 && y + line.style.lead > maxY) nextColumn();
      const x = frame.box.x + col * (colWidth + frame.gutter);
      const baseline = frame.box.y + y + line.style.lead * 0.76;
      let out = printLine(line.text, x + line.indent, baseline, line.style);
      if (line.mark) out = line.mark(x, baseline) + out;
      pages[pages.length - 1] += out;
      y += line.style.lead;
    }
  });
  return { pages, endY: frame.box.y + y };
}
