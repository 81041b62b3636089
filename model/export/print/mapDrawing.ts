import type { Persona } from '../../records/persona';
import { renderPersonaCurves } from '../svg/renderPersonaCurves';
import type { JourneyMap } from '../../journeyMap';
import type { GridLayout, Rect } from '../../layout';
import { hubFiguresLabels } from '../../programme/ledgerLabels';
import { renderTouchpoints } from '../svg/renderCards';
import { renderConnections } from '../svg/renderConnections';
import { renderRouteLabels } from '../svg/renderRouteLabels';
import { renderCurve } from '../svg/renderCurve';
import { renderFutureBadges, renderFutureCurves } from '../svg/renderFuture';
import { staleEmotionIds } from '../../metrics/series';
import { renderGrid, type XSpan } from '../svg/renderGrid';
import { renderNotes } from '../svg/renderNotes';
import { el, group, num } from '../svg/svgMarkup';
import { PRINT_PAGE, type Box } from './printOptions';

/**
 * The map's drawing for print, made of the same pieces as the exported image (renderMapSvg), so a
 * printed stage looks exactly like the PNG: grid, curve, routes, cards, notes, route labels.
 */

export { mapDefs } from '../svg/renderMapSvg';

/**
 * The grid with only the cards, notes and routes of some stages, in the whole map's layout (so
 * every stage keeps its place and number, rows keep their heights and a route leaving the page is
 * drawn to its edge). A page's window then shows those stages; the others' cards are not in the
 * file at all, so a page's text is what the page shows.
 */
export function gridDrawing(
  map: JourneyMap,
  layout: GridLayout,
  view?: Box,
  today?: string,
  personas: readonly Persona[] = [],
  /** Issue 21: the future state's "both" view (as renderMapSvg draws it): both curves, card badges. */
  both = false,
): string {
  const part = view ? mapInView(map, layout, view) : map;
  return (
    gridBackdrop(map, layout, view && { x0: view.x, x1: view.x + view.width }, today, personas, both) +
    renderConnections(part, layout) +
    // The hubs' figures come from the whole map: a page's part lacks the routes off the page.
    group(renderTouchpoints(part, layout, undefined, hubFiguresLabels(map)), { 'data-part': 'touchpoints' }) +
    (both ? renderFutureBadges(part, layout) : '') +
    group(renderNotes(part, layout), { 'data-part': 'notes' }) +
    renderRouteLabels(part, layout)
  );
}

const backdrops = new WeakMap<GridLayout, Map<string, string>>();

/**
 * The grid and the emotion curve under a window (`span`, layout x; all of it without): the same on
 * every page of one band of stages, so drawn once per layout and span. Only the columns and the
 * stretch of curve the window meets are in it, so a page's file stays the size of what it shows
 * (a 500-card map has 150 pages). `today` marks the curve's stale points (none without it).
 */
export function gridBackdrop(
  map: JourneyMap,
  layout: GridLayout,
  span?: XSpan,
  today?: string,
  /** Issue 21: the map's linked personas (exportPersonas): their curves replace the map's. */
  personas: readonly Persona[] = [],
  /** The future state's "both" view: the current curve dashed and the future one, as renderMapSvg. */
  both = false,
): string {
  let cache = backdrops.get(layout);
  if (!cache) backdrops.set(layout, (cache = new Map<string, string>()));
  const key = `${span ? `${span.x0}:${span.x1}` : '*'}|${today ?? ''}|${personas.map((p) => `${p.id}${p.color}${p.name}`).join(',')}|${both}`;
  let out = cache.get(key);
  if (out === undefined) {
    const stale = today ? staleEmotionIds(map, today) : undefined;
    out =
      renderGrid(map, layout, undefined, span) +
      (both
        ? renderFutureCurves(map, layout)
        : renderCurve(layout, span, stale, personas.length > 0) +
          renderPersonaCurves(map, layout, personas, span));
    cache.set(key, out);
  }
  return out;
}

/** The lane-label column alone (no stage headers, no cards): repeated at the left of every page. */
export function laneLabelDrawing(map: JourneyMap, layout: GridLayout): string {
  return renderGrid({ ...map, stages: [] }, { ...layout, columns: [] });
}

/** The map with only the cards and notes whose boxes meet `view`, and the routes that touch them. */
function mapInView(map: JourneyMap, layout: GridLayout, view: Box): JourneyMap {
  const meets = (r: Rect | undefined) =>
    !!r &&
    r.x < view.x + view.width &&
    r.x + r.width > view.x &&
    r.y < view.y + view.height &&
    r.y + r.height > view.y;
  const touchpoints = map.touchpoints.filter((t) => meets(layout.cards.get(t.id)));
  const ids = new Set(touchpoints.map((t) => t.id));
  return {
    ...map,
    touchpoints,
    notes: map.notes.filter((n) => meets(layout.notes.get(n.id))),
    connections: map.connections.filter((c) => ids.has(c.from) || ids.has(c.to)),
  };
}

/**
 * A window onto a drawing: the part `view` (drawing units) shown in the box `at` (page points),
 * clipped at its edges. A nested `<svg>` with a viewBox, which the PDF writer draws natively.
 */
export function windowOnto(drawing: string, view: Box, at: Box, attrs: Record<string, string> = {}): string {
  return el(
    'svg',
    {
      x: at.x,
      y: at.y,
      width: at.width,
      height: at.height,
      viewBox: `${num(view.x)} ${num(view.y)} ${num(view.width)} ${num(view.height)}`,
      preserveAspectRatio: 'none',
      ...attrs,
    },
    drawing,
  );
}

/**
 * The scale (pt per drawing unit) at which a drawing's smallest text prints at 8 pt, rounded up
 * with a little to spare so rounding the windows' sizes to 0.1 pt never takes a text under 8 pt.
 */
export function readableScale(drawing: string): number {
  return Math.ceil((PRINT_PAGE.minText / smallestFontSize(drawing)) * 1.002 * 1000) / 1000;
}

/** The smallest `font-size` in a drawing. */
export function smallestFontSize(drawing: string): number {
  let min = Number.POSITIVE_INFINITY;
  for (const m of drawing.matchAll(/font-size="([\d.]+)"/g)) min = Math.min(min, Number(m[1]));
  return Number.isFinite(min) ? min : 12;
}

/** A standalone SVG document's content, without its outer `<svg …>` tag (to nest it as a window). */
export function svgContent(svg: string): string {
  const start = svg.indexOf('>') + 1;
  const end = svg.lastIndexOf('</svg>');
  return svg.slice(start, end);
}
