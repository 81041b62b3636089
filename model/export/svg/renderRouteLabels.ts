import type { JourneyMap } from '../../journeyMap';
import type { GridLayout } from '../../layout';
import type { Connection } from '../../records/connection';
import { perMonth, placeRouteBoxes, ROUTE_LABEL, routeLabelText } from '../../routes/routeLabels';
import { THEME } from './exportTheme';
import { el, escapeXml, text } from './svgMarkup';
import { textWidth } from './textMetrics';
import { widestLine, wrapText } from './wrapText';

const FONT = ROUTE_LABEL.font;
/** Baseline to baseline, and the room above the first line and below the last: one line is as tall as on the canvas. */
const LINE = 13.5;
const PAD_Y = (ROUTE_LABEL.height - LINE) / 2;
/** Far more than a reason's 200 characters take: past it the label ends in "…" (the routes CSV has it all). */
export const ROUTE_LABEL_MAX_LINES = 10;

/** A route's label as the export draws it: the whole reason wrapped to a card's width, then the volume. */
export function routeLabelLines(c: Pick<Connection, 'label' | 'volume'>): readonly string[] {
  const room = ROUTE_LABEL.maxWidth - 2 * ROUTE_LABEL.padX;
  const volume = c.volume ? perMonth(c.volume) : '';
  const reason = c.label?.trim() ?? '';
  if (!reason) return volume ? [volume] : [];
  const lines = [...wrapText(reason, room, FONT, ROUTE_LABEL_MAX_LINES).lines];
  if (!volume) return lines;
  // The volume on the reason's last line when it fits there (as on the canvas), else on its own.
  const last = `${lines[lines.length - 1]!} · ${volume}`;
  if (textWidth(last, FONT) <= room) lines[lines.length - 1] = last;
  else lines.push(volume);
  return lines;
}

/**
 * The routes' reasons and volumes where the canvas shows them, but whole: a reason too long for
 * one line wraps inside its label (the canvas abbreviates it and shows the rest on hover, which
 * paper cannot). Placed by the canvas's rule (placeRouteBoxes: off the cards and each other) and
 * drawn over the cards and routes, with the whole text as the label's <title> as well.
 */
export function renderRouteLabels(map: JourneyMap, layout: GridLayout): string {
  const lines = new Map<string, readonly string[]>();
  const boxes = placeRouteBoxes(map.connections, layout, (c) => {
    const own = routeLabelLines(c);
    if (own.length === 0) return null;
    lines.set(c.id, own);
    return {
      width: Math.ceil(widestLine(own, FONT) + 2 * ROUTE_LABEL.padX),
      height: own.length * LINE + 2 * PAD_Y,
    };
  });
  const full = new Map(map.connections.map((c) => [c.id, routeLabelText(c)]));
  let out = '';
  for (const [id, box] of boxes) {
    const top = box.y - box.height / 2;
    const own = lines.get(id) ?? [];
    let texts = '';
    own.forEach((line, i) => {
      texts += text(line, {
        x: box.x,
        y: top + PAD_Y + (i + 0.5) * LINE + FONT.size * 0.36,
        'text-anchor': 'middle',
        'font-size': FONT.size,
        'font-weight': 'bold',
        fill: THEME.muted,
      });
    });
    out += el(
      'g',
      { 'data-kind': 'route-label', 'data-connection-id': id },
      `<title>${escapeXml(full.get(id) ?? '')}</title>` +
        el('rect', {
          x: box.x - box.width / 2,
          y: top,
          width: box.width,
          height: box.height,
          rx: Math.min(box.height / 2, 8),
          fill: '#ffffff',
          stroke: THEME.borderStrong,
        }) +
        texts,
    );
  }
  return out ? el('g', { 'data-part': 'route-labels' }, out) : '';
}
