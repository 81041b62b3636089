import { GRID, isCurveLane, isHub, routeLabels, type GridLayout, type JourneyMap } from '../../../../model';
import type { Selection } from '../../store/editorStore';
import type { CanvasFocus } from '../../insights/canvasFocus';
import { cardKeys, cardNode } from './cardNode';
import type { CanvasNode, ConnectionEdge } from '../nodeTypes';
import type { CardMarks } from './historyMarks';

/**
 * Snapshot + layout + session → React Flow nodes at their slots, without memory (tests, and what
 * the projection computes): the grid's nodes (`frameNodes`), then every card from its key.
 */
export function buildNodes(
  map: JourneyMap,
  layout: GridLayout,
  selection: Selection,
  /** Touchpoints selected together (the store's `group`). */
  group: ReadonlySet<string> | null,
  canEdit = true,
  focus: CanvasFocus | null = null,
): CanvasNode[] {
  const cards = cardKeys(map, layout, { selection, group, canEdit, focus }).map(cardNode);
  return [...frameNodes(map, layout, selection, canEdit), ...cards];
}

/**
 * The grid, lane labels, the emotion lane, stage headers and the add-stage button: every node that
 * is not a card. Built afresh each time (a few dozen); the projection keeps the unchanged ones.
 */
export function frameNodes(
  map: JourneyMap,
  layout: GridLayout,
  selection: Selection,
  /** False for commenters and viewers: nothing can be dragged, connected or added on the canvas. */
  canEdit: boolean,
  /** Stages marked against an earlier version (History: compare). */
  marks: CardMarks | null = null,
): CanvasNode[] {
  const nodes: CanvasNode[] = [];
  const fixed = { draggable: false, selectable: false, deletable: false, connectable: false } as const;
  const { structureLocked } = map.facilitation;
  // The grid's parts, not the layout: a card's move leaves columns and rows (and so this node) alone.
  const { columns, rows, width, height } = layout;
  nodes.push({
    id: 'grid',
    type: 'grid',
    position: { x: 0, y: 0 },
    data: { columns, rows, width, height },
    ...fixed,
    zIndex: -2,
    width,
    height,
  });

  for (const row of layout.rows) {
    nodes.push({
      id: `lane:${row.laneId}`,
      type: 'laneLabel',
      position: { x: 0, y: row.y },
      data: { row },
      ...fixed,
      width: GRID.laneHeaderWidth,
      height: row.height,
    });
    if (isCurveLane(row.kind)) {
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
    const mark = marks?.get(stage.id);
    nodes.push({
      id,
      type: 'stageHeader',
      position: { x: column.x, y: 0 },
      data: { stage, column, index, count: map.stages.length, ...(mark && { mark }) },
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

  // Sizes are known, so every node says it is measured. Without `measured`, React Flow treats each
  // changed node object as new: it drops the node's handle bounds, force-renders it even when it is
  // culled out of view, and measures it again — a peer's move that shifts 150 cards mounted, measured
  // and unmounted ~100 off-screen cards per update. (The ResizeObserver still re-measures a node
  // whose box really changes size, e.g. a card becoming a hub.) Cards and notes come measured
  // (cardNode).
  for (const n of nodes) n.measured ??= { width: n.width, height: n.height };
  return nodes;
}

/** The lowest score on the curve (its moments of pain), 0 for none. */
function lowest(points: GridLayout['curve']): number {
  let min = 0;
  for (const p of points) if (p.emotion < min) min = p.emotion;
  return min;
}

export function buildEdges(
  map: JourneyMap,
  selection: Selection,
  focus: CanvasFocus | null = null,
  /** With it, labelled routes get their label's place (routeLabels: none overlaps another or a card). */
  layout?: GridLayout,
): ConnectionEdge[] {
  const hubs = new Set(map.touchpoints.filter(isHub).map((t) => t.id));
  const labels = layout ? routeLabels(map, layout) : undefined;
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
      failure: hubs.has(c.to) && c.demand === 'failure',
      labelAt: labels?.get(c.id),
      emphasis: focus
        ? inRoute(c.to) && (focus.ids.has(c.from) || c.from === focus.hubId)
          ? 'route'
          : 'dimmed'
        : undefined,
    },
    selected: selection?.kind === 'connection' && selection.id === c.id,
  }));
}
