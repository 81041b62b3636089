import type { JourneyMap } from '../../journeyMap';
import { emotionY, GRID, type GridLayout } from '../../layout';
import { EMOTION_LABELS, type Emotion } from '../../records/emotion';
import { isCurveLane } from '../../records/lane';
import { DEF_IDS, THEME } from './exportTheme';
import { el, num, text, topRoundedRect } from './svgMarkup';
import { STAGE_HEADER, stageHeaderHeight, stageNameLines } from './stageHeader';
import type { WrappedText } from './wrapText';
import { LANE_HEADER, laneNameLines } from './laneHeader';

const SCALE = { size: 10 } as const;

/** The stages' and lanes' names, wrapped (exportLayout). */
export interface GridNames {
  readonly stages: readonly WrappedText[];
  readonly lanes: readonly WrappedText[];
}

/**
 * The grid behind the cards, in layout coordinates: column bands, the lane-label column, row and
 * column lines, stage headers (index and name) and lane labels, with the emotion scale beside the
 * emotion lane. Everything comes from `layoutMap`, so the export matches the canvas cell for cell.
 * Stage and lane names wrap whole (the header row is as tall as the longest stage name needs:
 * exportLayout); `names`: them wrapped already, worked out here if not given.
 */
export function renderGrid(
  map: JourneyMap,
  layout: GridLayout,
  names?: GridNames,
  /** Only what meets these x (a print page's window): a 500-card map has 150 pages. */
  span?: XSpan,
): string {
  const { width, height } = layout;
  const shown = (c: { x: number; width: number }) => inSpan(span, c.x, c.x + c.width);
  const laneColumn = inSpan(span, 0, GRID.laneHeaderWidth);
  const headerHeight = stageHeaderHeight(layout);
  const stageNames = names?.stages ?? stageNameLines(map, layout);
  const laneNames = names?.lanes ?? laneNameLines(layout);
  let out = '';
  layout.columns.forEach((c, i) => {
    if (!shown(c)) return;
    out += el('rect', { x: c.x, y: 0, width: c.width, height, fill: i % 2 ? THEME.bandOdd : THEME.surface });
  });
  if (laneColumn)
    out += el('rect', { x: 0, y: 0, width: GRID.laneHeaderWidth, height, fill: THEME.laneHeader });
  const [left, right] = span ? [Math.max(0, span.x0), Math.min(width, span.x1)] : [0, width];
  for (const r of layout.rows) out += hLine(left, right, r.y);
  for (const c of layout.columns) if (shown(c)) out += vLine(c.x, headerHeight, height);
  out += el('rect', {
    x: 0.5,
    y: 0.5,
    width: width - 1,
    height: height - 1,
    fill: 'none',
    stroke: THEME.border,
  });

  layout.columns.forEach((c, i) => {
    const stage = map.stages[i];
    if (!stage || !shown(c)) return;
    const x = c.x + 3;
    const w = c.width - 6;
    out += el('path', {
      d: topRoundedRect(x, 6, w, headerHeight - 6, 10),
      fill: `url(#${DEF_IDS.stageFill})`,
      stroke: THEME.stageBorder,
    });
    const index = String(i + 1).padStart(2, '0');
    out += text(index, {
      x: x + 14,
      y: STAGE_HEADER.top,
      'font-size': 11,
      'font-weight': 'bold',
      fill: THEME.stageIndex,
    });
    (stageNames[i]?.lines ?? []).forEach((line, l) => {
      out += text(line, {
        x: x + 38,
        y: STAGE_HEADER.top + l * STAGE_HEADER.step,
        'font-size': STAGE_HEADER.name.size,
        'font-weight': 'bold',
        fill: THEME.stageText,
        'data-stage': stage.id,
      });
    });
  });

  layout.rows.forEach((r, row) => {
    if (!laneColumn) return;
    (laneNames[row]?.lines ?? []).forEach((line, i) => {
      out += text(line, {
        x: 14,
        y: r.y + LANE_HEADER.top + i * LANE_HEADER.step,
        'font-size': LANE_HEADER.name.size,
        'font-weight': 'bold',
        fill: THEME.text,
      });
    });
    if (isCurveLane(r.kind)) {
      for (const e of [2, 0, -2] as Emotion[]) {
        const label = `${e > 0 ? '+' : ''}${e} ${EMOTION_LABELS[e]}`;
        out += text(label, {
          x: GRID.laneHeaderWidth - 12,
          y: emotionY(r, e) + 3.5,
          'font-size': SCALE.size,
          fill: THEME.muted,
          'text-anchor': 'end',
        });
      }
    }
  });
  return el('g', { 'data-part': 'grid' }, out);
}

/** A horizontal stretch of the drawing, in layout x. */
export interface XSpan {
  readonly x0: number;
  readonly x1: number;
}

/** Whether [a, b] meets the span (everything does when there is none). */
export function inSpan(span: XSpan | undefined, a: number, b: number): boolean {
  return !span || (a < span.x1 && b > span.x0);
}

function hLine(x1: number, x2: number, y: number): string {
  return el('path', { d: `M${num(x1)} ${num(y + 0.5)}H${num(x2)}`, stroke: THEME.border });
}

function vLine(x: number, y1: number, y2: number): string {
  return el('path', { d: `M${num(x + 0.5)} ${num(y1)}V${num(y2)}`, stroke: THEME.border });
}
