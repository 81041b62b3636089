import { isHub } from '../../hub';
import type { JourneyMap } from '../../journeyMap';
import type { GridLayout } from '../../layout';
import { routeArc } from '../../routes/routeArc';
import { DEF_IDS, THEME } from './exportTheme';
import { el, num } from './svgMarkup';

/**
 * Connections as the canvas draws them: an arc under the cards from the bottom centre of one to the
 * bottom centre of the other (routeArc: it never runs behind the cards in between); routes into a
 * hub in the hub colour, because they show where customers fall back on the contact center.
 */
export function renderConnections(map: JourneyMap, layout: GridLayout): string {
  const hubs = new Set(map.touchpoints.filter(isHub).map((t) => t.id));
  let out = '';
  for (const c of map.connections) {
    const a = layout.cards.get(c.from);
    const b = layout.cards.get(c.to);
    if (!a || !b) continue;
    const { sx, sy, tx, ty, low } = routeArc(a, b);
    const intoHub = hubs.has(c.to);
    out += el('path', {
      d: `M${num(sx)} ${num(sy)}C${num(sx)} ${num(low)} ${num(tx)} ${num(low)} ${num(tx)} ${num(ty)}`,
      fill: 'none',
      stroke: intoHub ? THEME.hub : THEME.connection,
      'stroke-width': intoHub ? 2.2 : 1.8,
      'marker-end': `url(#${intoHub ? DEF_IDS.arrowHub : DEF_IDS.arrow})`,
      'data-kind': 'connection',
    });
  }
  return el('g', { 'data-part': 'connections' }, out);
}

/** Arrowheads, sized in stroke widths like the canvas's markers. */
export function arrowDefs(): string {
  const marker = (id: string, color: string, size: number) =>
    el(
      'marker',
      { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: size, markerHeight: size, orient: 'auto' },
      el('path', { d: 'M0 0L10 5L0 10Z', fill: color }),
    );
  return marker(DEF_IDS.arrow, THEME.arrow, 4) + marker(DEF_IDS.arrowHub, THEME.hub, 3.8);
}
