import { gridDrawing, laneLabelDrawing, mapDefs, windowOnto } from '../export/print/mapDrawing';
import { el, num } from '../export/svg/svgMarkup';
import type { JourneyMap } from '../journeyMap';
import { GRID, type GridLayout, type Rect } from '../layout';
import { SLIDE_KIND_TRAITS } from '../records/slide';
import type { DeckSlide } from './deck';
import { slideFrame } from './slideFrame';

/** The ring drawn around a slide's highlighted cards, as the presentation rings them on the canvas. */
const HIGHLIGHT = { color: '#4f46e5', width: 6, pad: 6, radius: 14 } as const;

/** Previews already drawn, per map snapshot and layout, by slide id: stepping redraws nothing. */
const drawn = new WeakMap<JourneyMap, WeakMap<GridLayout, Map<string, string>>>();

/**
 * A slide as a standalone SVG document: the part of the map its frame shows (the same drawing as the
 * exported image and the printed pages), with its cards ringed. Drawn from the snapshot alone, never
 * from the DOM, so the presenter sees the next slide before anyone's canvas has moved to it. Cached
 * per snapshot: a new map or layout (someone edited) draws afresh, the same one reuses the string.
 */
export function slidePreviewSvg(map: JourneyMap, layout: GridLayout, slide: DeckSlide): string {
  let byLayout = drawn.get(map);
  if (!byLayout) drawn.set(map, (byLayout = new WeakMap<GridLayout, Map<string, string>>()));
  let bySlide = byLayout.get(layout);
  if (!bySlide) byLayout.set(layout, (bySlide = new Map<string, string>()));
  let svg = bySlide.get(slide.id);
  if (svg === undefined) {
    svg = drawPreview(map, layout, slide);
    bySlide.set(slide.id, svg);
  }
  return svg;
}

function drawPreview(map: JourneyMap, layout: GridLayout, slide: DeckSlide): string {
  const frame = slideFrame(slide, layout);
  const rings = slide.cardIds
    .map((id): Rect | undefined => layout.cards.get(id) ?? layout.notes.get(id))
    .filter((r): r is Rect => r !== undefined)
    .map(ring)
    .join('');
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `${num(frame.x)} ${num(frame.y)} ${num(frame.width)} ${num(frame.height)}`,
      width: num(frame.width),
      height: num(frame.height),
      'data-slide': slide.id,
    },
    el('defs', {}, mapDefs()) +
      el('rect', { ...frame, fill: '#ffffff' }) +
      gridDrawing(map, layout, frame) +
      pinnedLanes(map, layout, slide, frame) +
      rings,
  );
}

function ring(r: Rect): string {
  const { pad, color, width, radius } = HIGHLIGHT;
  return el('rect', {
    x: r.x - pad,
    y: r.y - pad,
    width: r.width + 2 * pad,
    height: r.height + 2 * pad,
    rx: radius,
    fill: 'none',
    stroke: color,
    'stroke-width': width,
  });
}

/**
 * The lane names at the left of a stage slide that does not start at the map's edge, in the room
 * its frame keeps for them: as the presentation pins them on the canvas (PinnedLaneLabels).
 */
function pinnedLanes(map: JourneyMap, layout: GridLayout, slide: DeckSlide, frame: Rect): string {
  if (!SLIDE_KIND_TRAITS[slide.kind].needsStages || frame.x <= 0) return '';
  const width = GRID.laneHeaderWidth;
  const column = { x: 0, y: frame.y, width, height: frame.height };
  return windowOnto(laneLabelDrawing(map, layout), column, { ...column, x: frame.x });
}
