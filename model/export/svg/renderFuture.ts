import type { JourneyMap } from '../../journeyMap';
import type { GridLayout } from '../../layout';
import { smoothCurvePath } from '../../emotionCurve';
import { emotionColor } from '../../records/emotion';
import { isCurveLane } from '../../records/lane';
import { futureBadge, variantCurves } from '../../future/futureVariant';
import { THEME } from './exportTheme';
import { renderCurve } from './renderCurve';
import { el, group, num, text } from './svgMarkup';

const MUTED = '#94a3b8';
const BADGE_H = 16;

/**
 * The "both" view's emotion lane in an export (model/future): level lines, the current curve dashed
 * and muted, the future one solid (as PDF writers cannot
 * stroke a gradient, the future curve is one green stroke), dots in each point's colour, a legend.
 */
export function renderFutureCurves(map: JourneyMap, layout: GridLayout): string {
  const row = layout.rows.find((r) => isCurveLane(r.kind));
  if (!row) return '';
  const { current, future } = variantCurves(map, layout);
  let out = '';
  // The level lines, without the as-is curve (renderCurve over no points).
  out += renderCurve({ ...layout, curve: [] });
  out += el('path', {
    d: smoothCurvePath(current),
    fill: 'none',
    stroke: MUTED,
    'stroke-width': 2,
    'stroke-dasharray': '6 5',
    'data-part': 'curve-current',
    'data-points': current.map((p) => p.emotion).join(','),
  });
  out += el('path', {
    d: smoothCurvePath(future),
    fill: 'none',
    stroke: '#16a34a',
    'stroke-width': 3.5,
    'stroke-linecap': 'round',
    'data-part': 'curve-future',
    'data-points': future.map((p) => p.emotion).join(','),
  });
  for (const p of current) out += el('circle', { cx: p.x, cy: p.y, r: 3.5, fill: MUTED });
  for (const p of future)
    out += el('circle', {
      cx: p.x,
      cy: p.y,
      r: 5,
      fill: emotionColor(p.emotion),
      stroke: '#ffffff',
      'stroke-width': 1.5,
    });
  const lx = layout.width - 196;
  const ly = row.y + 8;
  out += group(
    el('rect', { x: lx, y: ly, width: 184, height: 22, rx: 6, fill: '#ffffff', stroke: THEME.gridline }) +
      el('path', {
        d: `M${lx + 10} ${ly + 11}H${lx + 34}`,
        stroke: MUTED,
        'stroke-width': 2,
        'stroke-dasharray': '6 5',
      }) +
      text('Current', { x: lx + 40, y: ly + 15, 'font-size': 11, fill: THEME.muted }) +
      el('path', { d: `M${lx + 98} ${ly + 11}H${lx + 122}`, stroke: '#16a34a', 'stroke-width': 3.5 }) +
      text('Future', { x: lx + 128, y: ly + 15, 'font-size': 11, fill: THEME.muted }),
    { 'data-part': 'future-legend' },
  );
  return group(out, { 'data-part': 'future-curves' });
}

/**
 * The "both" view's card badges (New / Changed / Removed in the trait colours) over each marked
 * card's top right, and a white veil over removed cards (faded, as on the canvas).
 */
export function renderFutureBadges(map: JourneyMap, layout: GridLayout): string {
  let out = '';
  for (const tp of map.touchpoints) {
    const badge = futureBadge(tp, 'both');
    const r = layout.cards.get(tp.id);
    if (!badge || !r) continue;
    if (badge.status === 'removed')
      out += el('rect', {
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
        rx: 10,
        fill: '#ffffff',
        'fill-opacity': 0.55,
      });
    const w = badge.text.length * 6.4 + 14;
    const x = r.x + r.width - w - 6;
    const y = r.y - BADGE_H / 2;
    out += el(
      'g',
      { 'data-part': 'future-badge', 'data-status': badge.status },
      el('rect', { x, y, width: num(w), height: BADGE_H, rx: BADGE_H / 2, fill: badge.color }) +
        text(badge.text.toUpperCase(), {
          x: num(x + w / 2),
          y: y + 11.5,
          'font-size': 9.5,
          'font-weight': 700,
          fill: '#ffffff',
          'text-anchor': 'middle',
        }),
    );
  }
  return group(out, { 'data-part': 'future-badges' });
}
