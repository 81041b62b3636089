import type { JourneyMap } from '../../journeyMap';
import { GRID, type GridLayout } from '../../layout';
import { personaCurveOffset, personaCurves } from '../../personas/personaCurves';
import { linkedPersonas } from '../../personas/linkedPersonas';
import { isCurveLane } from '../../records/lane';
import type { Persona } from '../../records/persona';
import { smoothCurvePath } from '../../emotionCurve';
import { THEME } from './exportTheme';
import { inSpan, type XSpan } from './renderGrid';
import { el, text } from './svgMarkup';

/** The map's linked personas found in `library` (exports take the library as input: it is not in the map doc). */
export function exportPersonas(map: JourneyMap, library: readonly Persona[] | undefined): readonly Persona[] {
  return library ? linkedPersonas(map, library).personas : [];
}

/**
 * Issue 21: the emotion lane of a map with linked personas: one curve per persona in its colour
 * (model/personas/personaCurves.ts) with a dot per point, and a legend (colour line + name) at the
 * foot of the lane's header. Empty for no persona (the map's own curve is drawn instead).
 */
export function renderPersonaCurves(
  map: JourneyMap,
  layout: GridLayout,
  personas: readonly Persona[],
  window?: XSpan,
): string {
  const row = layout.rows.find((r) => isCurveLane(r.kind));
  if (!row || personas.length === 0) return '';
  let out = '';
  for (const [i, curve] of personaCurves(map, layout, personas).entries()) {
    // Drawn a little apart, as on the canvas: curves at the same scores do not hide each other.
    const dy = personaCurveOffset(i, personas.length);
    const points = curve.points.map((p) => ({ ...p, y: p.y + dy }));
    let dots = '';
    for (const p of points) {
      if (!inSpan(window, p.x - 6, p.x + 6)) continue;
      dots += el('circle', {
        cx: p.x,
        cy: p.y,
        r: 4.5,
        fill: curve.color,
        stroke: '#ffffff',
        'stroke-width': 1.5,
      });
    }
    out += el(
      'g',
      {
        'data-part': 'persona-curve',
        'data-persona-id': curve.personaId,
        'data-points': curve.points.map((p) => p.emotion).join(','),
      },
      el('path', {
        d: smoothCurvePath(points),
        fill: 'none',
        stroke: curve.color,
        'stroke-width': 3,
        'stroke-linecap': 'round',
      }) + dots,
    );
  }
  const step = 14;
  const legend = personas
    .map((p, i) => {
      const y = row.y + row.height - 10 - (personas.length - 1 - i) * step;
      return (
        el('path', { d: `M10 ${y - 4}H22`, stroke: p.color, 'stroke-width': 3, 'stroke-linecap': 'round' }) +
        text(p.name || 'Unnamed persona', { x: 27, y, 'font-size': 10, fill: THEME.muted })
      );
    })
    .join('');
  const showLegend = inSpan(window, 0, GRID.laneHeaderWidth);
  return el(
    'g',
    { 'data-part': 'persona-curves' },
    out + (showLegend ? el('g', { 'data-part': 'persona-legend' }, legend) : ''),
  );
}
