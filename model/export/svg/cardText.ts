import type { Touchpoint } from '../../records/touchpoint';
import { textWidth, type TextStyle } from './textMetrics';
import { wrapText } from './wrapText';

/**
 * How a card's text sits on an exported card, worked out once for the layout (how tall the card
 * must be so nothing is cut) and for the drawing. Offsets are from the card's top-left corner.
 */
export interface CardText {
  readonly title: TextBlock;
  /** NPS/CSAT/sample, '' when not measured; drawn under the title when the card has room. */
  readonly voc: string;
  /**
   * A hub's failure-demand figures ("4,200/mo · 38% failure", `programme/ledgerLabels.ts`), '' for
   * none: always shown, right under the title (the card grows for it), the VoC line below it.
   */
  readonly figures: string;
  /** The owner, beside the emotion chip when it fits (shrunk a little if need be), else wrapped. */
  readonly owner: TextBlock;
  readonly chipWidth: number;
  /** The least height that shows the whole title and owner (and the VoC under a one-line title). */
  readonly minHeight: number;
  /** Something was too long even for a grown card (past the line caps): its end is "…". */
  readonly cut: boolean;
}

export interface TextBlock {
  readonly lines: readonly string[];
  readonly style: TextStyle;
  /** Baseline to baseline. */
  readonly step: number;
}

export const CARD_FONTS = {
  channel: { size: 10, bold: true },
  chip: { size: 11, bold: true },
  badge: { size: 9.5, bold: true },
  voc: { size: 10.5 },
  figures: { size: 10.5, bold: true },
  missing: { size: 11, bold: true },
} as const;

const OWNER = { size: 11 } as const;
/** A long owner first shrinks to this (still legible on a projected or printed map)… */
const OWNER_SMALL = { size: 10 } as const;
/** …and past that wraps, in lines of this size over the card's width, the last beside the chip. */
const OWNER_WRAPPED = { size: 10.5 } as const;

/** Far past what 200 characters (a title's limit) take in Latin script: past these, "…" is absurd no more. */
export const CARD_LINE_CAPS = { title: 12, owner: 6 } as const;

/** Text inset left and right; the gap between the last text and the bottom row. */
const PAD_X = 14;
const GAP = 6;
/** The bottom row (owner and emotion chip): its top is this far above the card's bottom. */
export const BOTTOM_ROW = 25;
/** How far a line reaches below its baseline (descenders), as a share of its size. */
const DESCENT = 0.3;

/** The title's first baseline, and the VoC line's distance below the title's last one. */
export const titleTop = (hub: boolean) => (hub ? 45 : 42);
const VOC_BELOW = 18;

/** The room the text of a `width` card has, left to right. */
export const textRoom = (width: number) => width - 2 * PAD_X;

/** Lays out a card's text for a card `width` wide; see `CardText`. `figures`: a hub's ledger line. */
export function cardText(tp: Touchpoint, width: number, hub: boolean, figures = ''): CardText {
  const titleStyle = { size: hub ? 14.5 : 13.5, bold: true };
  const title = wrapText(
    tp.title.trim() || 'Untitled touchpoint',
    textRoom(width),
    titleStyle,
    CARD_LINE_CAPS.title,
  );
  const emotion = tp.emotion;
  const chipWidth = textWidth(emotion > 0 ? `+${emotion}` : String(emotion), CARD_FONTS.chip) + 30;
  const owner = ownerBlock(tp.owner.trim(), textRoom(width), textRoom(width) - chipWidth - 8);
  const voc = vocLine(tp);

  const titleStep = titleStyle.size + 4;
  let bottom = titleTop(hub) + (title.lines.length - 1) * titleStep;
  if (figures) bottom += VOC_BELOW;
  if (voc && title.lines.length === 1) bottom += VOC_BELOW;
  const contentBottom = bottom + DESCENT * titleStyle.size;
  const ownerAbove = Math.max(0, owner.block.lines.length - 1) * owner.block.step;
  return {
    title: { lines: title.lines, style: titleStyle, step: titleStep },
    voc,
    figures,
    owner: owner.block,
    chipWidth,
    minHeight: Math.ceil(contentBottom + GAP + BOTTOM_ROW + ownerAbove),
    cut: title.cut || owner.cut,
  };
}

/** Where the VoC line's baseline goes under a title of `titleLines` lines, and whether it fits above the owner. */
export function vocPlace(text: CardText, hub: boolean, height: number): number | null {
  if (!text.voc) return null;
  const baseline =
    (figuresPlace(text, hub) ?? titleTop(hub) + (text.title.lines.length - 1) * text.title.step) + VOC_BELOW;
  const ownerAbove = Math.max(0, text.owner.lines.length - 1) * text.owner.step;
  return baseline + DESCENT * CARD_FONTS.voc.size + GAP <= height - BOTTOM_ROW - ownerAbove ? baseline : null;
}

/** Where a hub's figures line's baseline goes (right under the title); null without figures. */
export function figuresPlace(text: CardText, hub: boolean): number | null {
  if (!text.figures) return null;
  return titleTop(hub) + (text.title.lines.length - 1) * text.title.step + VOC_BELOW;
}

function ownerBlock(owner: string, fullRoom: number, besideChip: number): { block: TextBlock; cut: boolean } {
  if (!owner) return { block: { lines: [], style: OWNER, step: 0 }, cut: false };
  for (const style of [OWNER, OWNER_SMALL]) {
    if (textWidth(owner, style) <= besideChip)
      return { block: { lines: [owner], style, step: 0 }, cut: false };
  }
  // Over the card's width; the last line must leave the chip its place.
  const wrapped = wrapText(owner, fullRoom, OWNER_WRAPPED, CARD_LINE_CAPS.owner);
  let lines = [...wrapped.lines];
  const last = lines[lines.length - 1]!;
  if (textWidth(last, OWNER_WRAPPED) > besideChip) {
    lines = [...lines.slice(0, -1), ...wrapText(last, besideChip, OWNER_WRAPPED).lines];
  }
  const cut = wrapped.cut || lines.length > CARD_LINE_CAPS.owner;
  if (lines.length > CARD_LINE_CAPS.owner) {
    const keep = lines.slice(0, CARD_LINE_CAPS.owner - 1);
    const rest = wrapText(lines.slice(CARD_LINE_CAPS.owner - 1).join(' '), besideChip, OWNER_WRAPPED, 1);
    lines = [...keep, ...rest.lines];
  }
  return { block: { lines, style: OWNER_WRAPPED, step: OWNER_WRAPPED.size + 3 }, cut };
}

function vocLine(tp: Touchpoint): string {
  const parts: string[] = [];
  if (tp.voc?.nps !== undefined) parts.push(`NPS ${tp.voc.nps}`);
  if (tp.voc?.csat !== undefined) parts.push(`CSAT ${tp.voc.csat}`);
  if (parts.length > 0 && tp.voc?.sampleSize !== undefined) parts.push(`n=${tp.voc.sampleSize}`);
  return parts.join(' · ');
}
