import type { JourneyMap } from '../journeyMap';
import type { GridLayout, Rect } from '../layout';
import type { Connection } from '../records/connection';
import { textWidth, truncate } from '../export/svg/textMetrics';
import { placeLabels, type LabelRequest } from './placeLabels';
import { pointOnArc, routeArc } from './routeArc';

/** How a route label is drawn, on the canvas (cards.css `.conn-label`) and in the export. */
export const ROUTE_LABEL = {
  font: { size: 10.5, bold: true },
  /** Padding left and right of the text, border included. */
  padX: 7,
  height: 18,
  /** Longer labels are abbreviated (the full text shows on hover): a label is never wider than a card. */
  maxWidth: 200,
} as const;

/** Where the label may sit along its arc, best first: the bottom of the arc, then out towards the ends. */
const SPOTS_AT = [0.5, 0.4, 0.6, 0.3, 0.7];

export interface RouteLabel {
  /** What is drawn: the reason abbreviated to fit, then the volume (never cut). */
  readonly text: string;
  /** The whole reason and volume, for the hover text. */
  readonly full: string;
  readonly width: number;
  readonly height: number;
  /** The label's centre. */
  readonly x: number;
  readonly y: number;
  /** The centre relative to the middle of the route's arc, so the label follows a card in the air. */
  readonly dx: number;
  readonly dy: number;
}

/** A route's reason and volume as one line, e.g. "Outage not listed · 1,200/mo"; '' for neither. */
export function routeLabelText(c: Pick<Connection, 'label' | 'volume'>): string {
  return [c.label?.trim() ?? '', volumeText(c.volume)].filter(Boolean).join(' · ');
}

const volumeText = (volume: number | undefined) => (volume ? `${volume.toLocaleString('en')}/mo` : '');

/** The reason cut to fit beside the volume, so the figure people compare is never the part cut off. */
function abbreviated(c: Connection): string {
  const room = ROUTE_LABEL.maxWidth - 2 * ROUTE_LABEL.padX;
  const full = routeLabelText(c);
  if (textWidth(full, ROUTE_LABEL.font) <= room) return full;
  const volume = volumeText(c.volume);
  const reason = c.label?.trim() ?? '';
  if (!reason) return truncate(volume, room, ROUTE_LABEL.font);
  const tail = volume ? ` · ${volume}` : '';
  const cut = truncate(reason, room - textWidth(tail, ROUTE_LABEL.font), ROUTE_LABEL.font);
  return `${cut}${tail}`;
}

/**
 * Every labelled route's label, placed so that no two overlap and none sits on a card (placeLabels):
 * on its arc where there is room, else stacked under or over it. Routes without a reason or volume
 * have no label. Worked out again only when the routes or a card's or note's place change: the
 * canvas asks on every edit and selection change, and a layout keeps the rects that did not move.
 */
export function routeLabels(map: JourneyMap, layout: GridLayout): ReadonlyMap<string, RouteLabel> {
  if (last && last.connections === map.connections && sameRects(last.layout, layout)) {
    last = { ...last, layout };
    return last.labels;
  }
  const labels = computeLabels(map.connections, layout);
  last = { connections: map.connections, layout, labels };
  return labels;
}
let last:
  | { connections: readonly Connection[]; layout: GridLayout; labels: ReadonlyMap<string, RouteLabel> }
  | undefined;

/** Every card and note of `b` stands where it stood in `a` (the very same rect objects). */
function sameRects(a: GridLayout, b: GridLayout): boolean {
  if (a === b) return true;
  const same = (x: ReadonlyMap<string, Rect>, y: ReadonlyMap<string, Rect>) => {
    if (x.size !== y.size) return false;
    for (const [id, r] of y) if (x.get(id) !== r) return false;
    return true;
  };
  return same(a.cards, b.cards) && same(a.notes, b.notes);
}

function computeLabels(
  connections: readonly Connection[],
  layout: GridLayout,
): ReadonlyMap<string, RouteLabel> {
  const requests: Array<LabelRequest & { text: string; full: string; mid: { x: number; y: number } }> = [];
  for (const c of connections) {
    const full = routeLabelText(c);
    const a = layout.cards.get(c.from);
    const b = layout.cards.get(c.to);
    if (!full || !a || !b) continue;
    const arc = routeArc(a, b);
    const text = abbreviated(c);
    const width = Math.ceil(textWidth(text, ROUTE_LABEL.font) + 2 * ROUTE_LABEL.padX);
    const spots = SPOTS_AT.map((t) => pointOnArc(arc, t));
    requests.push({ id: c.id, width, height: ROUTE_LABEL.height, spots, text, full, mid: spots[0]! });
  }
  const placed = placeLabels(requests, [...layout.cards.values(), ...layout.notes.values()]);
  const out = new Map<string, RouteLabel>();
  for (const r of requests) {
    const p = placed.get(r.id)!;
    out.set(r.id, {
      text: r.text,
      full: r.full,
      width: r.width,
      height: r.height,
      x: p.x,
      y: p.y,
      dx: p.x - r.mid.x,
      dy: p.y - r.mid.y,
    });
  }
  return out;
}
