import { emotionY, GRID, type GridLayout } from '../../layout';
import { emotionColor, EMOTION_COLORS, type Emotion } from '../../records/emotion';
import { smoothCurvePath } from '../../emotionCurve';
import { DEF_IDS, THEME } from './exportTheme';
import { el, num } from './svgMarkup';

const LEVELS: readonly Emotion[] = [2, 1, 0, -1, -2];

/** The gradient the curve is stroked with: +2 green at the top of the lane through -2 red at the bottom. */
export function emotionGradientDef(layout: GridLayout): string {
  const row = layout.rows.find((r) => r.kind === 'emotions');
  if (!row) return '';
  const stops = LEVELS.map((e, i) =>
    el('stop', { offset: `${i * 25}%`, 'stop-color': EMOTION_COLORS[e] }),
  ).join('');
  return el(
    'linearGradient',
    {
      id: DEF_IDS.emotionGradient,
      gradientUnits: 'userSpaceOnUse',
      x1: 0,
      x2: 0,
      y1: emotionY(row, 2),
      y2: emotionY(row, -2),
    },
    stops,
  );
}

/**
 * The emotion lane as on the canvas: a level line per score (0 dashed), the smooth curve through
 * every touchpoint's score, and a dot per touchpoint; the lowest points, when below zero, get a red
 * halo as the "moments of pain".
 */
export function renderCurve(layout: GridLayout): string {
  const row = layout.rows.find((r) => r.kind === 'emotions');
  if (!row) return '';
  const x1 = GRID.laneHeaderWidth;
  let out = '';
  for (const e of LEVELS) {
    const y = num(emotionY(row, e));
    out += el('path', {
      d: `M${num(x1)} ${y}H${num(layout.width)}`,
      stroke: e === 0 ? THEME.zeroLine : THEME.gridline,
      'stroke-dasharray': e === 0 ? '4 4' : undefined,
    });
  }
  const points = layout.curve;
  const path = smoothCurvePath(points);
  if (points.length > 1) {
    out += el('path', {
      d: path,
      fill: 'none',
      stroke: `url(#${DEF_IDS.emotionGradient})`,
      'stroke-width': 3.5,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    });
  }
  const min = Math.min(...points.map((p) => p.emotion));
  for (const p of points) {
    if (p.emotion === min && min < 0)
      out += el('circle', { cx: p.x, cy: p.y, r: 11, fill: '#dc2626', 'fill-opacity': 0.14 });
    out += el('circle', {
      cx: p.x,
      cy: p.y,
      r: 6,
      fill: emotionColor(p.emotion),
      stroke: '#ffffff',
      'stroke-width': 2,
    });
  }
  return el(
    'g',
    { 'data-part': 'emotion-curve', 'data-points': points.map((p) => p.emotion).join(',') },
    out,
  );
}
