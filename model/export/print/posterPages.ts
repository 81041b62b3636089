import type { Persona } from '../../records/persona';
import type { JourneyMap } from '../../journeyMap';
import { THEME } from '../svg/exportTheme';
import { EXPORT_PAGE, exportGeometry, type ExportGeometry } from '../svg/renderMapSvg';
import { el, num } from '../svg/svgMarkup';
import { tileColumnName, tileStarts } from './bands';
import { gridDrawing, mapDefs, readableScale, windowOnto } from './mapDrawing';
import type { PageBody } from './pageFrame';
import { contentBox, PRINT_PAGE, type Box, type PrintOptions, type Size } from './printOptions';
import { printLine } from './printText';

/** What the map pages draw besides the map: the linked personas' curves, the future state's "both". */
export interface MapDrawn {
  readonly personas: readonly Persona[];
  readonly both: boolean;
}

/** Room around a tile's picture for its crop marks. */
const CROP_INSET = 14;
const CROP_LENGTH = 10;

/**
 * The whole exported map (header, grid, legend) at the scale where its smallest text prints at
 * 8 pt, cut into tiles for a wall: each tile overlaps its right and lower neighbours by 10 mm, has
 * crop marks at its picture's corners and ticks where the overlap starts, and is named like a
 * spreadsheet cell ("B2" = column B, row 2), left to right, then top to bottom.
 */
export function posterPages(
  map: JourneyMap,
  page: Size,
  options: PrintOptions,
  drawn: MapDrawn = { personas: [], both: false },
): PageBody[] {
  const g = exportGeometry(map, options.date, options.details);
  const size = { width: g.width, height: g.height };
  const scale = readableScale(posterDrawing(g, map, { x: 0, y: 0, ...size }, options.date, drawn));
  const inner = contentBox(page);
  const box: Box = {
    x: inner.x + CROP_INSET,
    y: inner.y + CROP_INSET,
    width: inner.width - 2 * CROP_INSET,
    height: inner.height - 2 * CROP_INSET,
  };
  const overlap = PRINT_PAGE.overlap / scale;
  const tileW = box.width / scale;
  const tileH = box.height / scale;
  const xs = tileStarts(size.width, tileW, overlap);
  const ys = tileStarts(size.height, tileH, overlap);
  const pages: PageBody[] = [];
  ys.forEach((y, row) => {
    xs.forEach((x, col) => {
      const name = `${tileColumnName(col)}${row + 1}`;
      const body =
        windowOnto(
          posterDrawing(g, map, { x, y, width: tileW, height: tileH }, options.date, drawn),
          { x, y, width: tileW, height: tileH },
          box,
          {
            'data-tile': name,
          },
        ) +
        cropMarks(box) +
        overlapTicks(box, {
          right: col < xs.length - 1,
          below: row < ys.length - 1,
          left: col > 0,
          above: row > 0,
        }) +
        printLine(name, inner.x, page.height - PRINT_PAGE.margin - 2, {
          size: 10,
          bold: true,
          lead: 12,
          color: THEME.stageText,
        });
      pages.push({
        kind: 'tile',
        defs: mapDefs(),
        section: `Tile ${name} · column ${tileColumnName(col)} of ${tileColumnName(xs.length - 1)}, row ${row + 1} of ${ys.length}`,
        body,
        ...page,
      });
    });
  });
  return pages;
}

/**
 * What a tile shows of the exported page (renderMapSvg's header, grid, legend and card details, in
 * its geometry), leaving out the blocks and cards outside `view`: a tile's file holds what it shows.
 */
function posterDrawing(
  g: ExportGeometry,
  map: JourneyMap,
  view: Box,
  today: string | undefined,
  drawn: MapDrawn,
): string {
  const { margin } = EXPORT_PAGE;
  const meets = (top: number, height: number) => top < view.y + view.height && top + height > view.y;
  let out = el('rect', { x: 0, y: 0, width: g.width, height: g.height, fill: '#ffffff' });
  if (meets(margin, g.header.height)) out += g.header.render(margin, margin);
  if (meets(g.gridY, g.layout.height)) {
    const gridView = { ...view, x: view.x - margin, y: view.y - g.gridY };
    out += el(
      'g',
      { transform: `translate(${margin} ${num(g.gridY)})` },
      gridDrawing(map, g.layout, gridView, today, drawn.personas, drawn.both),
    );
  }
  if (meets(g.legendY, g.legend.height)) out += g.legend.render(margin, g.legendY);
  if (g.details && meets(g.detailsY, g.details.height)) out += g.details.render(margin, g.detailsY);
  return out;
}

/** Crop marks: short lines in the margin, on the picture's edges, at its four corners. */
function cropMarks(b: Box): string {
  const g = 3;
  const L = CROP_LENGTH;
  const right = b.x + b.width;
  const bottom = b.y + b.height;
  const d = [
    `M${num(b.x - g - L)} ${num(b.y)}h${L}M${num(b.x)} ${num(b.y - g - L)}v${L}`,
    `M${num(right + g)} ${num(b.y)}h${L}M${num(right)} ${num(b.y - g - L)}v${L}`,
    `M${num(b.x - g - L)} ${num(bottom)}h${L}M${num(b.x)} ${num(bottom + g)}v${L}`,
    `M${num(right + g)} ${num(bottom)}h${L}M${num(right)} ${num(bottom + g)}v${L}`,
  ].join('');
  return el('path', { d, stroke: '#000000', 'stroke-width': 0.5, fill: 'none', 'data-part': 'crop-marks' });
}

/**
 * Dashed ticks in the margin where the overlap with a neighbour begins: trim a tile's left and top
 * overlap and lay it on its neighbour up to the tick.
 */
function overlapTicks(
  b: Box,
  sides: { right: boolean; below: boolean; left: boolean; above: boolean },
): string {
  const o = PRINT_PAGE.overlap;
  const L = CROP_LENGTH;
  const right = b.x + b.width;
  const bottom = b.y + b.height;
  let d = '';
  const vTick = (x: number) => `M${num(x)} ${num(b.y - 3 - L)}v${L}M${num(x)} ${num(bottom + 3)}v${L}`;
  const hTick = (y: number) => `M${num(b.x - 3 - L)} ${num(y)}h${L}M${num(right + 3)} ${num(y)}h${L}`;
  if (sides.right) d += vTick(right - o);
  if (sides.left) d += vTick(b.x + o);
  if (sides.below) d += hTick(bottom - o);
  if (sides.above) d += hTick(b.y + o);
  return d
    ? el('path', { d, stroke: THEME.muted, 'stroke-width': 0.5, 'stroke-dasharray': '2 2', fill: 'none' })
    : '';
}
