import type { JourneyMap } from '../../journeyMap';
import type { Touchpoint } from '../../records/touchpoint';
import { THEME } from './exportTheme';
import type { Block } from './renderHeader';
import { el, text } from './svgMarkup';
import { wrapLines } from './textMetrics';

/** What the export adds about each card when asked (both off by default: the grid stays the map). */
export interface CardDetails {
  /** Each card's description. */
  readonly descriptions?: boolean;
  /** Each card's top (first) verbatim, in quotes. */
  readonly verbatims?: boolean;
}

const TITLE = { size: 12, bold: true } as const;
const ITEM = { size: 12 } as const;
const LINE = 16;
const INDENT = 16;
const GAP = 8;

/** A detail of a card, as a table: what it is and its text on a card (empty: the card has none). */
const DETAIL_KINDS: ReadonlyArray<{
  readonly on: keyof CardDetails;
  readonly text: (t: Touchpoint) => string;
}> = [
  { on: 'descriptions', text: (t) => t.description.trim() },
  { on: 'verbatims', text: (t) => (t.voc?.verbatims?.[0]?.trim() ? `“${t.voc.verbatims[0].trim()}”` : '') },
];

/**
 * The cards' descriptions and top verbatims, below the legend, card by card in map order and
 * wrapped over the page's width so nothing is cut: a card's box on the grid is sized for the
 * canvas, and a description of 4,000 characters could never fit it. Null when nothing is asked or
 * no card has the asked details.
 */
export function layoutCardDetails(map: JourneyMap, width: number, details: CardDetails = {}): Block | null {
  const kinds = DETAIL_KINDS.filter((k) => details[k.on]);
  const lines: Array<{ text: string; dx: number; y: number; bold: boolean }> = [];
  let y = 34;
  for (const tp of map.touchpoints) {
    const texts = kinds.map((k) => k.text(tp)).filter(Boolean);
    if (texts.length === 0) continue;
    for (const line of wrapLines(tp.title.trim() || 'Untitled', width, TITLE, Number.POSITIVE_INFINITY)) {
      lines.push({ text: line, dx: 0, y, bold: true });
      y += LINE;
    }
    for (const detail of texts) {
      for (const line of wrapLines(detail, width - INDENT, ITEM, Number.POSITIVE_INFINITY)) {
        lines.push({ text: line, dx: INDENT, y, bold: false });
        y += LINE;
      }
    }
    y += GAP;
  }
  if (lines.length === 0) return null;
  return {
    height: y,
    render(x, top) {
      let out = text('CARD DETAILS', {
        x,
        y: top + 12,
        'font-size': 11,
        'font-weight': 'bold',
        fill: THEME.faint,
      });
      for (const line of lines) {
        out += text(line.text, {
          x: x + line.dx,
          y: top + line.y,
          'font-size': ITEM.size,
          ...(line.bold ? { 'font-weight': 'bold' } : {}),
          fill: line.bold ? THEME.text : THEME.muted,
        });
      }
      return el('g', { 'data-part': 'card-details' }, out);
    },
  };
}
