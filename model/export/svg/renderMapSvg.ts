import type { JourneyMap } from '../../journeyMap';
import type { GridLayout } from '../../layout';
import { DEF_IDS, THEME } from './exportTheme';
import { hubFillDef, renderTouchpoints } from './renderCards';
import { arrowDefs, renderConnections } from './renderConnections';
import { renderRouteLabels } from './renderRouteLabels';
import type { CardText } from './cardText';
import type { NoteText } from './noteText';
import { exportLayout } from './exportLayout';
import { renderCurve } from './renderCurve';
import { exportPersonas, renderPersonaCurves } from './renderPersonaCurves';
import type { Persona } from '../../records/persona';
import { staleEmotionIds } from '../../metrics/series';
import { renderGrid, type GridNames } from './renderGrid';
import { layoutHeader, type Block } from './renderHeader';
import { layoutLegend, legendGradientDef } from './renderLegend';
import { renderNotes } from './renderNotes';
import { layoutCardDetails, type CardDetails } from './renderCardDetails';
import { el, escapeXml, FONT_STACK, group, num, text } from './svgMarkup';
import { effectiveView, variantOf } from '../../future/futureVariant';
import type { MapVariantView } from '../../records/futureState';
import { renderFutureBadges, renderFutureCurves } from './renderFuture';

export interface MapSvgOptions {
  /** 'white' (default) paints the page; 'transparent' leaves the margins, header and legend clear. */
  readonly background?: 'white' | 'transparent';
  /** Multiplies the width/height attributes (not the viewBox), so a rasterizer draws at that density. */
  readonly scale?: number;
  /**
   * Shown in the header (e.g. the export date); left out by default so output is deterministic. It
   * is also "today" for the curve's stale points (none are marked without it).
   */
  readonly date?: string;
  /** The cards' descriptions and top verbatims, below the legend (off by default). */
  readonly details?: CardDetails;
  /** The future state (model/future): which state is drawn; 'both' adds badges and both curves. */
  readonly variant?: MapVariantView;
  /**
   * Issue 21: the persona library (not in the map doc): with linked personas the emotion lane draws
   * one curve per persona with a legend instead of the map's own curve.
   */
  readonly personas?: readonly Persona[];
}

/** Page margins and gaps around the grid, in CSS pixels (= SVG user units). */
export const EXPORT_PAGE = { margin: 40, headerGap: 24, legendGap: 32, minContentWidth: 960 } as const;

export interface ExportGeometry {
  readonly width: number;
  readonly height: number;
  /** The canvas's grid with lanes grown so every card's whole title and owner fit (exportLayout). */
  readonly layout: GridLayout;
  readonly cardTexts: ReadonlyMap<string, CardText>;
  readonly noteTexts: ReadonlyMap<string, NoteText>;
  readonly names: GridNames;
  /** Some card text was past all reason and ends in "…": a line under the grid says where it is whole. */
  readonly cutNoteY: number | null;
  readonly header: Block;
  readonly legend: Block;
  readonly gridY: number;
  readonly legendY: number;
  /** The cards' details when asked for and any card has them; they start at `detailsY`. */
  readonly details: Block | null;
  readonly detailsY: number;
}

/**
 * Where everything goes on the exported page: header, then the whole grid (not the viewport), then
 * the legend. Pure and derived from the snapshot alone, like the canvas layout itself.
 */
export function exportGeometry(map: JourneyMap, date?: string, cardDetails?: CardDetails): ExportGeometry {
  const { layout, texts, noteTexts, names, cut } = exportLayout(map);
  const { margin, headerGap, legendGap, minContentWidth } = EXPORT_PAGE;
  const contentWidth = Math.max(layout.width, minContentWidth);
  const header = layoutHeader(map, contentWidth, date);
  const legend = layoutLegend(map, contentWidth);
  const gridY = margin + header.height + headerGap;
  const cutNoteY = cut ? gridY + layout.height + CUT_NOTE.gap + CUT_NOTE.size : null;
  const legendY = (cutNoteY ?? gridY + layout.height) + legendGap;
  const details = layoutCardDetails(map, contentWidth, cardDetails);
  const detailsY = legendY + legend.height + legendGap;
  return {
    width: Math.ceil(contentWidth + 2 * margin),
    height: Math.ceil((details ? detailsY + details.height : legendY + legend.height) + margin),
    layout,
    cardTexts: texts,
    noteTexts,
    names,
    cutNoteY,
    header,
    legend,
    gridY,
    legendY,
    details,
    detailsY,
  };
}

/** The line under the grid when a card's or note's text had to be cut (only text past all reason: see the line caps). */
const CUT_NOTE = {
  size: 11,
  gap: 12,
  text: 'Text ending in “…” was too long for its card or note; the CSV exports have it whole.',
};

/** The exported page's size in CSS pixels, at scale 1 (a PNG at 2× is twice this). */
export function mapExportSize(
  map: JourneyMap,
  date?: string,
  details?: CardDetails,
): { width: number; height: number } {
  const { width, height } = exportGeometry(map, date, details);
  return { width, height };
}

/**
 * The whole map as a standalone SVG document: no scripts, no external fonts or images, every piece
 * of user text escaped. The PNG and PDF exports are made from this string, so all three agree.
 */
export function renderMapSvg(source: JourneyMap, options: MapSvgOptions = {}): string {
  const view = effectiveView(source, options.variant ?? 'current');
  const map = variantOf(source, view);
  const both = view === 'both';
  const g = exportGeometry(map, options.date, options.details);
  const personas = exportPersonas(map, options.personas);
  const { margin } = EXPORT_PAGE;
  const scale = options.scale ?? 1;
  const defs = mapDefs();
  const background =
    options.background === 'transparent'
      ? ''
      : el('rect', { x: 0, y: 0, width: g.width, height: g.height, fill: '#ffffff' });
  const grid =
    renderGrid(map, g.layout, g.names) +
    (both
      ? renderFutureCurves(map, g.layout)
      : renderCurve(
          g.layout,
          undefined,
          options.date ? staleEmotionIds(map, options.date) : undefined,
          personas.length > 0,
        ) + renderPersonaCurves(map, g.layout, personas)) +
    renderConnections(map, g.layout) +
    group(renderTouchpoints(map, g.layout, g.cardTexts), { 'data-part': 'touchpoints' }) +
    (both ? renderFutureBadges(map, g.layout) : '') +
    group(renderNotes(map, g.layout, g.noteTexts), { 'data-part': 'notes' }) +
    renderRouteLabels(map, g.layout);
  const title = map.info.title.trim() || 'Untitled journey';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(g.width * scale)}" height="${num(g.height * scale)}" ` +
    `viewBox="0 0 ${g.width} ${g.height}" font-family="${escapeXml(FONT_STACK)}" role="img" aria-label="${escapeXml(`Journey map: ${title}`)}">` +
    `<title>${escapeXml(title)}</title>` +
    el('defs', {}, defs) +
    background +
    g.header.render(margin, margin) +
    el('g', { transform: `translate(${margin} ${num(g.gridY)})` }, grid) +
    (g.cutNoteY === null
      ? ''
      : text(CUT_NOTE.text, {
          x: margin,
          y: g.cutNoteY,
          'font-size': CUT_NOTE.size,
          fill: THEME.muted,
          'data-part': 'cut-note',
        })) +
    g.legend.render(margin, g.legendY) +
    (g.details?.render(margin, g.detailsY) ?? '') +
    '</svg>'
  );
}

/** The gradients and arrow heads a map drawing refers to (its `<defs>`; print pages reuse them). */
export function mapDefs(): string {
  return (
    hubFillDef() +
    legendGradientDef() +
    arrowDefs() +
    el(
      'linearGradient',
      { id: DEF_IDS.stageFill, x1: 0, x2: 0, y1: 0, y2: 1 },
      el('stop', { offset: '0%', 'stop-color': THEME.stageTop }) +
        el('stop', { offset: '100%', 'stop-color': THEME.stageBottom }),
    )
  );
}
