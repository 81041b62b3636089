import type { JourneyMap } from '../journeyMap';
import type { GridLayout } from '../layout';
import { sameEntries, sameItems } from '../identity';
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

/** Half the size of an emotion-curve point, halo included (a label keeps off it). */
const CURVE_POINT = 8;
/** Where the label may sit along its arc, best first: the bottom of the arc, then out towards the ends. */
const SPOTS_AT = [0.5, 0.4, 0.6, 0.3, 0.7];

export interface RouteLabel {
  /** What is drawn: the reason abbreviated to fit, then the volume (never cut). */
  readonly text: string;
  /** The two parts of `text`: the (abbreviated) reason and the volume, each '' when absent. */
  readonly reason: string;
  readonly volume: string;
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

/** A monthly figure as the app shows it, e.g. "4,200/mo" (route volumes, hub loads; canvas and exports). */
export const perMonth = (n: number) => `${n.toLocaleString('en')}/mo`;

const volumeText = (volume: number | undefined) => (volume ? perMonth(volume) : '');

/**
 * The reason cut to fit beside the volume, so the figure people compare is never the part cut off;
 * a volume alone is never cut (at most "999,999,999/mo", narrower than a label may be).
 */
function abbreviated(c: Connection): { reason: string; volume: string } {
  const room = ROUTE_LABEL.maxWidth - 2 * ROUTE_LABEL.padX;
  const volume = volumeText(c.volume);
  const reason = c.label?.trim() ?? '';
  if (!reason || textWidth(routeLabelText(c), ROUTE_LABEL.font) <= room) return { reason, volume };
  const tail = volume ? ` · ${volume}` : '';
  return { reason: truncate(reason, room - textWidth(tail, ROUTE_LABEL.font), ROUTE_LABEL.font), volume };
}

/**
 * Every labelled route's label, placed so that no two overlap and none sits on a card (placeLabels):
 * on its arc where there is room, else stacked under or over it. Routes without a reason or volume
 * have no label. Worked out again only when the routes, a card's or note's place or a curve point
 * change: the canvas asks on every edit and selection change, and a layout keeps what did not move.
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

/** Every card, note and curve point of `b` stands where it stood in `a` (the very same objects). */
function sameRects(a: GridLayout, b: GridLayout): boolean {
  return (
    a === b || (sameEntries(a.cards, b.cards) && sameEntries(a.notes, b.notes) && sameItems(a.curve, b.curve))
  );
}

function computeLabels(
  connections: readonly Connection[],
  layout: GridLayout,
): ReadonlyMap<string, RouteLabel> {
  const shapes = new Map<string, { text: string; reason: string; volume: string; full: string }>();
  const placed = placeRouteBoxes(connections, layout, (c) => {
    const full = routeLabelText(c);
    if (!full) return null;
    const { reason, volume } = abbreviated(c);
    const text = [reason, volume].filter(Boolean).join(' · ');
    shapes.set(c.id, { text, reason, volume, full });
    const width = Math.ceil(textWidth(text, ROUTE_LABEL.font) + 2 * ROUTE_LABEL.padX);
    return { width, height: ROUTE_LABEL.height };
  });
  const out = new Map<string, RouteLabel>();
  for (const [id, box] of placed) out.set(id, { ...shapes.get(id)!, ...box });
  return out;
}

/** A route label's box, placed: its size, centre, and centre relative to the middle of its arc. */
export interface PlacedRouteBox {
  readonly width: number;
  readonly height: number;
  readonly x: number;
  readonly y: number;
  readonly dx: number;
  readonly dy: number;
}

/**
 * Places one box per route that `sizeOf` gives a size (null: the route has no label) along its
 * arc, off the cards, notes, curve points and each other (placeLabels). The canvas's one-line
 * labels and the export's wrapped ones (renderRouteLabels) are placed by this same rule.
 */
export function placeRouteBoxes(
  connections: readonly Connection[],
  layout: GridLayout,
  sizeOf: (c: Connection) => { width: number; height: number } | null,
): ReadonlyMap<string, PlacedRouteBox> {
  const requests: Array<LabelRequest & { mid: { x: number; y: number } }> = [];
  for (const c of connections) {
    const a = layout.cards.get(c.from);
    const b = layout.cards.get(c.to);
    if (!a || !b) continue;
    const size = sizeOf(c);
    if (!size) continue;
    const arc = routeArc(a, b);
    const spots = SPOTS_AT.map((t) => pointOnArc(arc, t));
    requests.push({ id: c.id, width: size.width, height: size.height, spots, mid: spots[0]! });
  }
  // The emotion curve's points too: a label on a point would hide a score.
  const points = layout.curve.map((p) => ({
    x: p.x - CURVE_POINT,
    y: p.y - CURVE_POINT,
    width: 2 * CURVE_POINT,
    height: 2 * CURVE_POINT,
  }));
  const placed = placeLabels(requests, [...layout.cards.values(), ...layout.notes.values(), ...points]);
  const out = new Map<string, PlacedRouteBox>();
  for (const r of requests) {
    const p = placed.get(r.id)!;
    out.set(r.id, {
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
