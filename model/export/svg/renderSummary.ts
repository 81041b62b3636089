import type { JourneyMap } from '../../journeyMap';
import { countInbound, hubRoutesShort } from '../../insights/hubRouteCounts';
import { mapSummary } from '../../insights/mapSummary';
import { EMOTION_COLORS } from '../../records/emotion';
import { perMonth } from '../../routes/routeLabels';
import { THEME } from './exportTheme';
import type { LegendSection } from './renderLegend';
import { el, text } from './svgMarkup';
import { wrapLines } from './textMetrics';

/** The narrowest the summary gets; on a wider map it takes the legend's whole width, on its own row. */
const MIN_WIDTH = 370;
/** Continuation lines (the second and later hubs, and wrapped lines) sit under the first words. */
const INDENT = 16;
const LINE = 16;
const GAP = 6;
const ITEM = { size: 12 } as const;

/**
 * The legend's "Summary" section: the map's headline insights (model/insights/mapSummary) for a
 * deck reader who will not study the grid — moments of pain, hubs by load (per month, as the app
 * shows it) with their routes in (direct, and via other hubs: the badge on a hub card counts only
 * the direct ones), unowned cards (of those that need an owner) — and the key to filled (measured)
 * vs hollow (guessed) curve points. Nothing is cut: each item wraps over as many lines as it needs.
 * Null on a map without touchpoints, where there is nothing to sum up.
 */
export function summarySection(map: JourneyMap, legendWidth: number): LegendSection | null {
  const summary = mapSummary(map);
  if (summary.touchpointCount === 0) return null;
  const width = Math.max(MIN_WIDTH, legendWidth);
  const titles = new Map(map.touchpoints.map((t) => [t.id, t.title.trim() || 'Untitled']));
  const pain = summary.momentsOfPain.map((m) => titles.get(m.touchpointId) ?? '?');
  const hubs = summary.hubsByLoad.map(
    (h) =>
      `${h.title.trim() || 'Untitled'} (${perMonth(h.load)}, ${hubRoutesShort(countInbound(h.inbound))} in)`,
  );
  const items = [
    `Moments of pain: ${pain.length > 0 ? pain.join(', ') : 'none below neutral'}`,
    `Hubs by load: ${hubs.length > 0 ? hubs.join('; ') : 'none'}`,
    `Unowned: ${summary.unownedCount} of ${summary.needOwnerCount} touchpoints`,
  ];
  const lines: Array<{ text: string; dx: number; y: number }> = [];
  let y = 33;
  for (const item of items) {
    wrapParagraph(item, width).forEach((line, i) => {
      lines.push({ text: line, dx: i === 0 ? 0 : INDENT, y });
      y += LINE;
    });
    y += GAP;
  }
  const ky = y + 3;
  return {
    width,
    height: ky + 10,
    render(x, top) {
      let out = text('SUMMARY', { x, y: top + 10, 'font-size': 11, 'font-weight': 'bold', fill: THEME.text });
      for (const line of lines) {
        out += text(line.text, { x: x + line.dx, y: top + line.y, 'font-size': ITEM.size, fill: THEME.text });
      }
      const cy = top + ky;
      out += el('circle', {
        cx: x + 6,
        cy,
        r: 5,
        fill: EMOTION_COLORS[1],
        stroke: '#ffffff',
        'stroke-width': 1.5,
      });
      out += text('Measured (CSAT/NPS)', { x: x + 18, y: cy + 4, 'font-size': ITEM.size, fill: THEME.muted });
      out += el('circle', {
        cx: x + 160,
        cy,
        r: 4.5,
        fill: '#ffffff',
        stroke: EMOTION_COLORS[1],
        'stroke-width': 2,
      });
      out += text('Guessed', { x: x + 172, y: cy + 4, 'font-size': ITEM.size, fill: THEME.muted });
      return el('g', { 'data-part': 'summary' }, out);
    },
  };
}

/** An item's lines: the first across the whole width, the rest indented under it. */
function wrapParagraph(item: string, width: number): string[] {
  const [first = '', ...rest] = wrapLines(item, width, ITEM, Number.POSITIVE_INFINITY);
  if (rest.length === 0) return [first];
  return [first, ...wrapLines(rest.join(' '), width - INDENT, ITEM, Number.POSITIVE_INFINITY)];
}
