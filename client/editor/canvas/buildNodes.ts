import { GRID, isHub, type GridLayout, type JourneyMap } from '../../../model';
import type { Selection } from '../store/editorStore';
import type { CanvasFocus } from '../insights/canvasFocus';
import type { CanvasNode, ConnectionEdge } from './nodeTypes';

/**
 * Snapshot + layout + session → React Flow nodes at their slots. Pure; `reuseNodes` then keeps every
 * node whose content did not change identical to the previous render so React Flow skips it. Cards in
 * the air (this tab's drag, peers' drags) are placed afterwards by `placeDragged`, so a drag frame
 * does not rebuild the nodes.
 */
export function buildNodes(
  map: JourneyMap,
  layout: GridLayout,
  selection: Selection,
  /** Touchpoints selected together (the store's `group`). */
  group: ReadonlySet<string> | null,
  /** False for commenters and viewers: nothing can be dragged, connected or added on the canvas. */
  canEdit = true,
  /** A hub's routes or one owner's cards to bring forward; the other cards are dimmed. */
  focus: CanvasFocus | null = null,
): CanvasNode[] {
  const nodes: CanvasNode[] = [];
  const fixed = { draggable: false, selectable: false, deletable: false, connectable: false } as const;
  const { structureLocked } = map.facilitation;
  // The grid's parts, not the layout: a card's move leaves columns and rows (and so this node) alone.
  const { columns, rows, width, height } = layout;
  nodes.push({ id: 'grid', type: 'grid', position: { x: 0, y: 0 }, data: { columns, rows, width, height }, ...fixed, zIndex: -2, width, height });

  for (const row of layout.rows) {
    nodes.push({ id: `lane:${row.laneId}`, type: 'laneLabel', position: { x: 0, y: row.y }, data: { row }, ...fixed, width: GRID.laneHeaderWidth, height: row.height });
    if (row.kind === 'emotions') {
      nodes.push({
        id: 'emotion-curve',
        type: 'emotionCurve',
        position: { x: GRID.laneHeaderWidth, y: row.y },
        data: {
          row,
          points: layout.curve,
          min: lowest(layout.curve),
          empty: layout.curve.length === 0,
          width: layout.width - GRID.laneHeaderWidth,
        },
        ...fixed,
        zIndex: -1,
        width: layout.width - GRID.laneHeaderWidth,
        height: row.height,
      });
    }
  }

  layout.columns.forEach((column, index) => {
    const stage = map.stages[index];
    if (!stage) return;
    const id = `stage:${stage.id}`;
    nodes.push({
      id,
      type: 'stageHeader',
      position: { x: column.x, y: 0 },
      data: { stage, column, index, count: map.stages.length },
      draggable: !structureLocked && canEdit,
      dragHandle: '.stage-grip',
      selectable: true,
      deletable: false,
      connectable: false,
      selected: selection?.kind === 'stage' && selection.id === stage.id,
      width: column.width,
      height: GRID.stageHeaderHeight,
      zIndex: 1,
    });
  });
  if (!structureLocked && canEdit) {
    nodes.push({
      id: 'add-stage',
      type: 'addStage',
      position: { x: layout.width + 16, y: 8 },
      data: { height: GRID.stageHeaderHeight - 16 },
      ...fixed,
      width: 132,
      height: GRID.stageHeaderHeight - 16,
    });
  }

  const routesIn = new Map<string, number>();
  for (const c of map.connections) routesIn.set(c.to, (routesIn.get(c.to) ?? 0) + 1);
  for (const tp of map.touchpoints) {
    const rect = layout.cards.get(tp.id);
    if (!rect) continue;
    nodes.push({
      id: tp.id,
      type: 'touchpoint',
      position: { x: rect.x, y: rect.y },
      data: {
        touchpoint: tp,
        hub: isHub(tp),
        routesIn: routesIn.get(tp.id) ?? 0,
        connectable: canEdit,
        highlight: focus?.ids.has(tp.id) ? focus.kind : undefined,
        dimmed: !!focus && !focus.ids.has(tp.id) && focus.hubId !== tp.id,
      },
      selected: (selection?.kind === 'touchpoint' && selection.id === tp.id) || !!group?.has(tp.id),
      // A facilitator's lock: the card stays put (the model refuses the move anyway).
      draggable: !tp.locked && canEdit,
      connectable: canEdit,
      width: rect.width,
      height: rect.height,
      zIndex: 2,
    });
  }
  const titles = new Map(map.touchpoints.map((t) => [t.id, t.title]));
  for (const note of map.notes) {
    const rect = layout.notes.get(note.id);
    if (!rect) continue;
    nodes.push({
      id: note.id,
      type: 'note',
      position: { x: rect.x, y: rect.y },
      data: { note, touchpointTitle: note.touchpointId ? titles.get(note.touchpointId) : undefined },
      selected: selection?.kind === 'note' && selection.id === note.id,
      draggable: !note.locked && canEdit,
      connectable: false,
      width: rect.width,
      height: rect.height,
      zIndex: 2,
    });
  }
  // Sizes are known, so every node says it is measured. Without `measured`, React Flow treats each
  // changed node object as new: it drops the node's handle bounds, force-renders it even when it is
  // culled out of view, and measures it again — a peer's move that shifts 150 cards mounted, measured
  // and unmounted ~100 off-screen cards per update. (The ResizeObserver still re-measures a node
  // whose box really changes size, e.g. a card becoming a hub.)
  for (const n of nodes) n.measured = { width: n.width, height: n.height };
  return nodes;
}

/** The lowest score on the curve (its moments of pain), 0 for none. */
function lowest(points: GridLayout['curve']): number {
  let min = 0;
  for (const p of points) if (p.emotion < min) min = p.emotion;
  return min;
}

export function buildEdges(map: JourneyMap, selection: Selection, focus: CanvasFocus | null = null): ConnectionEdge[] {
  const hubs = new Set(map.touchpoints.filter(isHub).map((t) => t.id));
  // In the hub view, the routes into the hub (from its inbound touchpoints or the hub itself).
  const inRoute = (to: string) => focus?.kind === 'route' && (to === focus.hubId || focus.ids.has(to));
  return map.connections.map((c) => ({
    id: c.id,
    type: 'connection',
    source: c.from,
    target: c.to,
    label: c.label,
    data: {
      intoHub: hubs.has(c.to),
      volume: c.volume,
      emphasis: focus ? (inRoute(c.to) && (focus.ids.has(c.from) || c.from === focus.hubId) ? 'route' : 'dimmed') : undefined,
    },
    selected: selection?.kind === 'connection' && selection.id === c.id,
  }));
}

/** buildNodes with memory: each call reuses the previous call's unchanged node objects. */
export function createNodeBuilder() {
  let prev: CanvasNode[] = [];
  return (...args: Parameters<typeof buildNodes>): CanvasNode[] => {
    prev = reuseNodes(prev, buildNodes(...args));
    return prev;
  };
}

/** buildEdges with memory: unchanged edges keep their objects, so a remote move redraws only its own routes. */
export function createEdgeBuilder() {
  let prev: ConnectionEdge[] = [];
  return (...args: Parameters<typeof buildEdges>): ConnectionEdge[] => {
    prev = reuseNodes(prev, buildEdges(...args));
    return prev;
  };
}

/**
 * Keeps previous node objects whose content is unchanged (xyflow skips identical nodes). The order is
 * the snapshot's, so the DOM follows the map's reading order (stage headers, then cards in place):
 * with big maps culled to the view, a peer's move rarely reorders the few cards in the DOM. With
 * nothing changed the previous array itself is returned.
 */
export function reuseNodes<T extends { id: string }>(prev: readonly T[], next: readonly T[]): T[] {
  const byId = new Map(prev.map((n) => [n.id, n]));
  let same = prev.length === next.length;
  const out = next.map((n, i) => {
    const old = byId.get(n.id);
    const kept = old && shallowNodeEqual(old, n) ? old : old ? keepEqualParts(old, n) : n;
    same &&= kept === prev[i];
    return kept;
  });
  return same ? (prev as T[]) : out;
}

/**
 * A changed node whose nested objects (`data`, `measured`…) are shallowly equal to the old ones keeps
 * those objects: a card that only moved keeps its `data`, so its memoised component skips rendering.
 */
function keepEqualParts<T extends object>(old: T, next: T): T {
  const out = { ...next } as Record<string, unknown>;
  const before = old as Record<string, unknown>;
  for (const k of Object.keys(out)) {
    const a = before[k];
    const b = out[k];
    if (a !== b && typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && shallowEqualObj(a, b))
      out[k] = a;
  }
  return out as T;
}

function shallowNodeEqual(a: object, b: object): boolean {
  // for…in and counting instead of Object.keys: called for every node on every map change.
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const k in ra) {
    count++;
    const va = ra[k];
    const vb = rb[k];
    if (va === vb) continue;
    if (typeof va === 'object' && va !== null && typeof vb === 'object' && vb !== null && shallowEqualObj(va, vb)) continue;
    return false;
  }
  for (const _ in rb) count--;
  return count === 0;
}

function shallowEqualObj(a: object, b: object): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const k in ra) {
    count++;
    if (ra[k] !== rb[k]) return false;
  }
  for (const _ in rb) count--;
  return count === 0;
}
