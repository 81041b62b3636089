import { GRID, type GridLayout, type Rect } from '../layout';
import type { SlideKind } from '../records/slide';
import type { DeckSlide } from './deck';

/** Room around highlighted cards, in map units, so a card at the frame's edge is not cut. */
const CARD_MARGIN = 48;
/**
 * The least a card slide frames (16:9, about four cards across), centred on its cards: one card
 * alone would otherwise fill the screen at the canvas' top zoom, with nothing around it to place it.
 */
const MIN_CARD_FRAME = { width: 960, height: 540 } as const;

/** How each kind of slide frames the map. */
const FRAMES = {
  stages: stageFrame,
  hubs: cardsFrame,
  pain: cardsFrame,
  opportunities: cardsFrame,
  view: (slide) => slide.rect,
} satisfies Record<SlideKind, (slide: DeckSlide, layout: GridLayout) => Rect | null>;

/**
 * The rectangle of the map (flow coordinates) a slide shows, which every window fits into itself.
 * A stage slide frames its columns top to bottom, with a lane-label's width of room on the left (the
 * presentation pins the lane names there); a card slide frames its cards; a view slide its own rect.
 * Falls back to the whole map when the slide's cards are not on it (e.g. in a hidden lane).
 */
export function slideFrame(slide: DeckSlide, layout: GridLayout): Rect {
  return FRAMES[slide.kind](slide, layout) ?? wholeMap(layout);
}

function wholeMap(layout: GridLayout): Rect {
  return { x: 0, y: 0, width: Math.max(1, layout.width), height: Math.max(1, layout.height) };
}

function stageFrame(slide: DeckSlide, layout: GridLayout): Rect | null {
  const ids = new Set(slide.stageIds);
  const columns = layout.columns.filter((c) => ids.has(c.stageId));
  if (columns.length === 0) return null;
  const left = Math.min(...columns.map((c) => c.x)) - GRID.laneHeaderWidth;
  const right = Math.max(...columns.map((c) => c.x + c.width));
  return { x: left, y: 0, width: right - left, height: Math.max(1, layout.height) };
}

function cardsFrame(slide: DeckSlide, layout: GridLayout): Rect | null {
  const rects = slide.cardIds
    .map((id) => layout.cards.get(id) ?? layout.notes.get(id))
    .filter((r): r is NonNullable<typeof r> => r !== undefined);
  if (rects.length === 0) return null;
  const left = Math.min(...rects.map((r) => r.x)) - CARD_MARGIN;
  const top = Math.min(...rects.map((r) => r.y)) - CARD_MARGIN;
  const right = Math.max(...rects.map((r) => r.x + r.width)) + CARD_MARGIN;
  const bottom = Math.max(...rects.map((r) => r.y + r.height)) + CARD_MARGIN;
  const width = Math.max(MIN_CARD_FRAME.width, right - left);
  const height = Math.max(MIN_CARD_FRAME.height, bottom - top);
  return {
    x: inside((left + right - width) / 2, width, layout.width),
    y: inside((top + bottom - height) / 2, height, layout.height),
    width,
    height,
  };
}

/**
 * Moves a grown frame back over the map where it stuck out (a card near the edge), so it shows map
 * rather than empty canvas; a frame wider than the map is centred on it. Never off its own cards:
 * the frame only grew around them, so moving it by the overhang keeps them inside.
 */
function inside(start: number, size: number, total: number): number {
  if (size >= total) return (total - size) / 2;
  return Math.min(Math.max(start, 0), total - size);
}
