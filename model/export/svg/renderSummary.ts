import type { JourneyMap } from '../../journeyMap';
import { countInbound, hubRoutesShort } from '../../insights/hubRouteCounts';
import { mapSummary } from '../../insights/mapSummary';
import { EMOTION_COLORS } from '../../records/emotion';
import { THEME } from './exportTheme';
import type { LegendSection } from './renderLegend';
import { el, text } from './svgMarkup';
import { truncate } from './textMetrics';

const WIDTH = 370;
/** Continuation lines (the second and later hubs) sit under the first hub's name. */
const INDENT = 16;
const ROW = 22;
const ITEM = { size: 12 } as const;

/**
 * The legend's "Summary" section: the map's headline insights (model/insights/mapSummary) for a
 * deck reader who will not study the grid — moments of pain, hubs by load with their routes in
 * (direct, and via other hubs: the badge on a hub card counts only the direct ones), unowned
 * cards (of those that need an owner) — and the key to filled (measured) vs hollow (guessed) curve
 * points.
 * Null on a map without touchpoints, where there is nothing to sum up.
 */
export function summarySection(map: JourneyMap): LegendSection | null {
  const summary = mapSummary(map);
  if (summary.touchpointCount === 0) return null;
  const titles = new Map(map.touchpoints.map((t) => [t.id, t.title.trim() || 'Untitled']));
  const pain = summary.momentsOfPain.map((m) => titles.get(m.touchpointId) ?? '?');
  const hubs = summary.hubsByLoad.map(
    (h) => `${h.title.trim() || 'Untitled'} (${hubRoutesShort(countInbound(h.inbound))} in, load ${h.load})`,
  );
  const lines = [
    `Moments of pain: ${pain.length > 0 ? pain.join(', ') : 'none below neutral'}`,
    `Hubs by load: ${hubs[0] ?? 'none'}`,
    hubs.slice(1).join('; '),
    `Unowned: ${summary.unownedCount} of ${summary.needOwnerCount} touchpoints`,
  ];
  return {
    width: WIDTH,
    render(x, y) {
      let out = text('SUMMARY', { x, y: y + 10, 'font-size': 11, 'font-weight': 'bold', fill: THEME.text });
      lines.forEach((line, i) => {
        if (line === '') return;
        const dx = i === 2 ? INDENT : 0;
        out += text(truncate(line, WIDTH - dx, ITEM), {
          x: x + dx,
          y: y + 33 + i * ROW,
          'font-size': ITEM.size,
          fill: THEME.text,
        });
      });
      const ky = y + 20 + 4 * ROW + 9;
      out += el('circle', {
        cx: x + 6,
        cy: ky,
        r: 5,
        fill: EMOTION_COLORS[1],
        stroke: '#ffffff',
        'stroke-width': 1.5,
      });
      out += text('Measured (CSAT/NPS)', { x: x + 18, y: ky + 4, 'font-size': ITEM.size, fill: THEME.muted });
      out += el('circle', {
        cx: x + 160,
        cy: ky,
        r: 4.5,
        fill: '#ffffff',
        stroke: EMOTION_COLORS[1],
        'stroke-width': 2,
      });
      out += text('Guessed', { x: x + 172, y: ky + 4, 'font-size': ITEM.size, fill: THEME.muted });
      return el('g', { 'data-part': 'summary' }, out);
    },
  };
}
