import type { ReactFlowState } from '@xyflow/react';
import { reuseList } from '../../../../model';
import { reuseNodes } from './reuseNodes';
import type { CanvasNode, ConnectionEdge, EmotionCurveNode } from '../nodeTypes';

export interface FlowBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Flow px the kept span moves by: panning re-culls once per step, not per frame. */
const STEP = 512;
/** Past this many points the emotion lane gets only its part near the view. */
const CULL_CURVE_ABOVE = 200;

/** The part of the map in view, in flow coordinates. */
export function viewBox(s: ReactFlowState): FlowBox {
  const [tx, ty, zoom] = s.transform;
  return { x: -tx / zoom, y: -ty / zoom, width: s.width / zoom, height: s.height / zoom };
}

export const sameBox = (a: FlowBox, b: FlowBox): boolean =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * The part of the map worth drawing: the view plus one view-size each way, snapped to STEP, as a
 * string so a selector re-renders only when it changes.
 */
export function viewSpan(s: ReactFlowState): string {
  const { x, y, width: w, height: h } = viewBox(s);
  const x0 = Math.floor((x - w) / STEP);
  const y0 = Math.floor((y - h) / STEP);
  const x1 = Math.ceil((x + 2 * w) / STEP);
  const y1 = Math.ceil((y + 2 * h) / STEP);
  return `${x0}:${y0}:${x1}:${y1}`;
}

export function spanBox(span: string): FlowBox {
  const [x0, y0, x1, y1] = span.split(':').map((n) => Number(n) * STEP) as [number, number, number, number];
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

const culled = (n: CanvasNode) => n.type === 'touchpoint' || n.type === 'note';

/**
 * Big maps hand React Flow only what can show: every node that is not a card or note (grid, lanes,
 * stage headers, the emotion lane), cards and notes in `box` (at their slots: `keepNear` adds the
 * cards in the air each drag frame), selected ones (a group drag moves them all), and both ends of every
 * route that touches them or crosses the box, so its edge is drawn. React Flow's own culling keeps
 * off-screen nodes out of the DOM, but it still adopts, sorts and re-checks all of them on every
 * update — each drag frame and each peer's edit paid for 500 cards to show 30.
 */
export function nodesNear(
  nodes: readonly CanvasNode[],
  edges: readonly ConnectionEdge[],
  box: FlowBox,
): CanvasNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const keep = new Set<string>();
  for (const n of nodes) if (!culled(n) || n.selected || overlaps(rectOf(n), box)) keep.add(n.id);
  for (const e of edges) {
    const from = byId.get(e.source);
    const to = byId.get(e.target);
    if (!from || !to) continue;
    if (keep.has(e.source) || keep.has(e.target) || overlaps(unionBox(rectOf(from), rectOf(to)), box)) {
      keep.add(e.source);
      keep.add(e.target);
    }
  }
  return nodes.filter((n) => keep.has(n.id));
}

/**
 * `nodes` (the same nodes as `near` was worked out from, some now in the air) narrowed to those in
 * `near` or in the air — a card dragged in from far away shows at once. Nodes not in the air are
 * `near`'s objects (the emotion lane culled). Cheap: a drag frame runs it.
 */
export function keepNear(
  nodes: readonly CanvasNode[],
  near: readonly CanvasNode[],
  ...inAir: ReadonlyArray<ReadonlyMap<string, unknown> | undefined>
): CanvasNode[] {
  const nearById = new Map(near.map((n) => [n.id, n]));
  const out: CanvasNode[] = [];
  for (const n of nodes) {
    if (inAir.some((air) => air?.has(n.id))) out.push(n);
    else {
      const kept = nearById.get(n.id);
      if (kept) out.push(kept);
    }
  }
  return out;
}

/**
 * The emotion lane with only its points near `box`, plus two beyond each end (each segment's shape
 * depends on its neighbours, so the part in view is the same curve). `prev`'s points are kept when
 * they are the same ones, so a far edit leaves the lane's node — and React Flow — alone.
 */
function cullCurve(node: EmotionCurveNode, box: FlowBox, prev?: EmotionCurveNode): EmotionCurveNode {
  const { points } = node.data;
  if (points.length <= CULL_CURVE_ABOVE) return node;
  const near = nearSpan(points, box.x, box.x + box.width);
  return { ...node, data: { ...node.data, points: reuseList(prev?.data.points, near) } };
}

/**
 * nodesNear and cullCurve with memory: unchanged nodes keep their objects and, when nothing near the
 * view changed (a peer's edit far away), the previous array itself comes back.
 */
export function createCuller() {
  let prev: CanvasNode[] = [];
  return (nodes: readonly CanvasNode[], edges: readonly ConnectionEdge[], box: FlowBox): CanvasNode[] => {
    const curveBefore = prev.find((n): n is EmotionCurveNode => n.type === 'emotionCurve');
    const near = nodesNear(nodes, edges, box).map((n) =>
      n.type === 'emotionCurve' ? cullCurve(n, box, curveBefore) : n,
    );
    prev = reuseNodes(prev, near);
    return prev;
  };
}

/** The points within [from, to] (sorted by x, as the layout gives them) and two more on each side. */
function nearSpan<P extends { readonly x: number }>(
  points: readonly P[],
  from: number,
  to: number,
): readonly P[] {
  let lo = 0;
  while (lo < points.length && points[lo]!.x < from) lo++;
  let hi = points.length - 1;
  while (hi >= 0 && points[hi]!.x > to) hi--;
  return points.slice(Math.max(0, lo - 2), Math.min(points.length, hi + 3));
}

/** The edges whose ends are both among `nodes` (React Flow reports an edge to a missing node). */
export function edgesAmong(edges: ConnectionEdge[], nodes: readonly CanvasNode[]): ConnectionEdge[] {
  const ids = new Set(nodes.map((n) => n.id));
  const kept = edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return kept.length === edges.length ? edges : kept;
}

function rectOf(n: CanvasNode): FlowBox {
  return { x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 };
}

/** The smallest box holding both. */
export function unionBox(a: FlowBox, b: FlowBox): FlowBox {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

function overlaps(a: FlowBox, b: FlowBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
