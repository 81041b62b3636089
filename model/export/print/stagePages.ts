import type { Persona } from '../../records/persona';
import type { JourneyMap } from '../../journeyMap';
import { GRID } from '../../layout';
import { exportLayout } from '../svg/exportLayout';
import { stageHeaderHeight } from '../svg/stageHeader';
import { THEME } from '../svg/exportTheme';
import { renderGrid } from '../svg/renderGrid';
import { el } from '../svg/svgMarkup';
import { packBands, type Band } from './bands';
import { gridDrawing, laneLabelDrawing, mapDefs, readableScale, windowOnto } from './mapDrawing';
import type { PageBody } from './pageFrame';
import { contentBox, type Size } from './printOptions';
import { printLine } from './printText';
import { pad } from './summaryBlocks';

/**
 * The map one group of stages per page: as many stages as fit the page's width where its smallest
 * text prints at 8 pt (then all pages enlarged alike to fill the paper), the lane labels repeated
 * at the left of every page and the stage headers at the top (as a spreadsheet prints frozen panes). Lanes too tall for one page go
 * on to the next page of the same stages; a stage too wide for any page is cut in parts. `today`
 * (the export's date) marks the curve's stale points.
 */
export function stagePages(
  map: JourneyMap,
  page: Size,
  today?: string,
  personas: readonly Persona[] = [],
  /** The future state's "both" view: badges and both curves, as the exported image draws them. */
  both = false,
): PageBody[] {
  // The export's grid (lanes grown so wrapped titles fit), as the PNG draws it.
  const layout = exportLayout(map).layout;
  if (layout.columns.length === 0) return [];
  const lanes = laneLabelDrawing(map, layout);
  const readable = readableScale(gridDrawing(map, layout, undefined, undefined, [], both) + lanes);
  const box = contentBox(page);
  const laneW = GRID.laneHeaderWidth;
  const headH = stageHeaderHeight(layout);
  const xBands = packBands(
    layout.columns.map((c) => ({
      start: c.x,
      end: c.x + c.width,
      cuts: range(1, c.slots).map((k) => c.x + GRID.columnPadding + k * GRID.slotWidth),
    })),
    box.width / readable - laneW,
  );
  const yBands = packBands(
    layout.rows.map((r) => ({
      start: r.y,
      end: r.y + r.height,
      cuts: range(1, r.slotRows).map((k) => r.y + (k * r.height) / r.slotRows),
    })),
    box.height / readable - headH,
  );
  // The bands were cut at the smallest readable scale; every page then prints at the largest scale
  // at which its fullest band still fits, the same on every page, so the map fills the paper.
  const scale = Math.max(
    readable,
    Math.min(
      ...xBands.map((b) => box.width / (laneW + b.end - b.start)),
      ...yBands.map((b) => box.height / (headH + b.end - b.start)),
    ) * 0.999,
  );
  const defs = mapDefs();
  const pages: PageBody[] = [];
  for (const xb of xBands) {
    const width = xb.end - xb.start;
    const px = (v: number) => v * scale;
    for (const yb of yBands) {
      // The first band starts under the stage headers: one window shows both. A later one gets
      // the headers (and the lane column's top) in a window of their own above it.
      const top = yb.first === 0 && !yb.part ? 0 : yb.start;
      const height = yb.end - top;
      const y0 = box.y + (top === 0 ? 0 : px(headH));
      const cells = gridDrawing(map, layout, { x: xb.start, y: top, width, height }, today, personas, both);
      let body =
        windowOnto(
          lanes,
          { x: 0, y: top, width: laneW, height },
          {
            x: box.x,
            y: y0,
            width: px(laneW),
            height: px(height),
          },
        ) +
        windowOnto(
          cells,
          { x: xb.start, y: top, width, height },
          {
            x: box.x + px(laneW),
            y: y0,
            width: px(width),
            height: px(height),
          },
        );
      if (top !== 0) {
        body +=
          windowOnto(
            lanes,
            { x: 0, y: 0, width: laneW, height: headH },
            {
              x: box.x,
              y: box.y,
              width: px(laneW),
              height: px(headH),
            },
          ) +
          windowOnto(
            renderGrid(map, layout, undefined, { x0: xb.start, x1: xb.end }),
            { x: xb.start, y: 0, width, height: headH },
            {
              x: box.x + px(laneW),
              y: box.y,
              width: px(width),
              height: px(headH),
            },
          );
      }
      // A stage cut in parts names itself on every part after the first, where its header is blank.
      if (xb.part && xb.part.part > 1) {
        const stage = map.stages[xb.first];
        body += printLine(
          `${pad(xb.first + 1)}  ${stage?.name.trim() || 'Untitled stage'} (continued)`,
          box.x + px(laneW + 16),
          box.y + px(41),
          { size: 15 * scale, bold: true, lead: 0, color: THEME.stageText },
        );
      }
      // A hairline round the grid: a window cut at a column's edge would otherwise leave it open.
      body += el('rect', {
        x: box.x + 0.25,
        y: box.y + 0.25,
        width: px(laneW + width) - 0.5,
        height: px(top === 0 ? height : headH + height) - 0.5,
        fill: 'none',
        stroke: THEME.borderStrong,
        'stroke-width': 0.5,
      });
      pages.push({
        kind: 'map',
        section: sectionName(xb, yb, yBands.length, layout.columns.length, layout.rows.length),
        body,
        defs,
        ...page,
      });
    }
  }
  return pages;
}

/** "Stages 1–3 of 8", "Stage 4 of 8, part 2 of 2", "…, lanes 4–6 of 6" for the running head. */
function sectionName(xb: Band, yb: Band, yCount: number, stages: number, lanes: number): string {
  let name =
    xb.first === xb.last
      ? `Stage ${xb.first + 1} of ${stages}`
      : `Stages ${xb.first + 1}–${xb.last + 1} of ${stages}`;
  if (xb.part) name += `, part ${xb.part.part} of ${xb.part.parts}`;
  if (yCount > 1) {
    name +=
      yb.first === yb.last
        ? `, lane ${yb.first + 1} of ${lanes}`
        : `, lanes ${yb.first + 1}–${yb.last + 1} of ${lanes}`;
    if (yb.part) name += ` (part ${yb.part.part} of ${yb.part.parts})`;
  }
  return name;
}

/** `from`, `from + 1`, … below `to`. */
const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
