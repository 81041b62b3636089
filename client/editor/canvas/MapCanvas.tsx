import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  Background,
  BackgroundVariant,
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
} from '@xyflow/react';
import { cellAt, isCardLane, noteKindOfLane } from '../../../model';
import './grid.css';
import './cards.css';
import { useEditor, useSession } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { useCanEdit } from '../access/useAccess';
import { selectCanEdit } from '../store/editorStore';
import { useCanvasPresence } from '../presence/useCanvasPresence';
import { createEdgeBuilder, createNodeBuilder } from './buildNodes';
import { canvasFocus } from '../insights/canvasFocus';
import { createPlacer } from './placeDragged';
import { createCuller, createStableList, edgesAmong, keepNear, spanBox, viewSpan } from './cullToView';
import { useCanvasDrag } from './useCanvasDrag';
import { useRevealEditing } from './useRevealEditing';
import { useNextFrame } from './useNextFrame';
import { usePresenceState } from '../presence/usePresence';
import { fitMap, MIN_ZOOM } from '../viewport/fitMap';
import { MapMinimap } from './MapMinimap';
import { PinnedStageHeaders } from './PinnedStageHeaders';
import { ConnectionEdgeView } from './ConnectionEdgeView';
import { EdgeMarkers } from './EdgeMarkers';
import { HandleReach } from './HandleReach';
import type { CanvasNode, ConnectionEdge } from './nodeTypes';
import { CellHighlight, cellSelectionAt } from './CellHighlight';
import { AddStageButton } from './nodes/AddStageButton';
import { EmotionCurve } from './nodes/EmotionCurve';
import { GridBackground } from './nodes/GridBackground';
import { LaneLabel } from './nodes/LaneLabel';
import { NoteCard } from './nodes/NoteCard';
import { StageHeader } from './nodes/StageHeader';
import { TouchpointCard } from './nodes/TouchpointCard';

const nodeTypes = {
  grid: GridBackground,
  laneLabel: LaneLabel,
  stageHeader: StageHeader,
  touchpoint: TouchpointCard,
  note: NoteCard,
  emotionCurve: EmotionCurve,
  addStage: AddStageButton,
};
const edgeTypes = { connection: ConnectionEdgeView };
const PRO_OPTIONS = { hideAttribution: true };
/** Past this many nodes (cards, notes, headers, lanes) the canvas culls what is out of view. */
const CULL_ABOVE_NODES = 250;

/**
 * The journey canvas. Nodes are derived (snapshot + layout + session) every render and unchanged
 * ones keep their identity; React Flow never owns a copy of the map. Drags are local until drop.
 */
export function MapCanvas() {
  const { store } = useSession();
  const actions = useEditorActions();
  // A peer's edit renders after the next frame is painted, not in the task its message arrived in
  // nor inside the frame that carries the drag; this tab's own edits and the drag show at once.
  const latest = useEditor(useShallow((s) => ({ map: s.map, layout: s.layout, peerEdit: s.peerEdit })));
  const { map, layout } = useNextFrame(latest, !latest.peerEdit);
  const selection = useEditor((s) => s.selection);
  const group = useEditor((s) => s.group);
  const drag = useEditor((s) => s.drag);
  const peerDrags = usePresenceState((s) => s.drags);
  const canEdit = useCanEdit();
  const flow = useReactFlow<CanvasNode, ConnectionEdge>();
  const presenceHandlers = useCanvasPresence();
  const [nodeBuilder] = useState(createNodeBuilder);
  const ownerFilter = useEditor((s) => s.ownerFilter);
  const focus = useMemo(
    () => (map ? canvasFocus(map, selection, ownerFilter) : null),
    [map, selection, ownerFilter],
  );
  const groupSet = useMemo(() => new Set(group), [group]);
  // Built only when the map or the session changes; a drag frame just re-places the cards in the air.
  const placed = useMemo(
    () => (map && layout ? nodeBuilder(map, layout, selection, groupSet, canEdit, focus) : []),
    [nodeBuilder, map, layout, selection, groupSet, canEdit, focus],
  );
  const [placer] = useState(createPlacer);
  const inAir = useMemo(() => placer(placed, drag?.positions, peerDrags), [placer, placed, drag, peerDrags]);
  const [edgeBuilder] = useState(createEdgeBuilder);
  const allEdges = useMemo<ConnectionEdge[]>(
    () => (map ? edgeBuilder(map, selection, focus, layout ?? undefined) : []),
    [edgeBuilder, map, selection, focus, layout],
  );
  // Big maps: React Flow gets only the cards near the view (and draws only those in it).
  const big = placed.length > CULL_ABOVE_NODES;
  const span = useStore(viewSpan);
  const [culler] = useState(createCuller);
  // Worked out from the built nodes (a drag frame only adds the cards in the air).
  const near = useMemo(
    () => (big ? culler(placed, allEdges, spanBox(span)) : null),
    [big, culler, placed, allEdges, span],
  );
  // With memory: a peer's edit that changes nothing near the view hands React Flow the same arrays,
  // so the memoised element below skips React Flow entirely.
  const [stableNodes] = useState(createStableList<CanvasNode>);
  const [stableEdges] = useState(createStableList<ConnectionEdge>);
  const nodes = useMemo(
    () => stableNodes(near ? keepNear(inAir, near, drag?.positions, peerDrags) : inAir),
    [stableNodes, near, inAir, drag, peerDrags],
  );
  // From `near`, not the per-frame `nodes`: a drag frame hands React Flow the same edges array.
  const edges = useMemo(
    () => stableEdges(near ? edgesAmong(allEdges, near) : allEdges),
    [stableEdges, near, allEdges],
  );

  const fitted = useRef(false);
  useEffect(() => {
    if (fitted.current || nodes.length === 0) return;
    fitted.current = true;
    requestAnimationFrame(() => void fitMap(flow, true));
  }, [nodes.length, flow]);

  useRevealEditing();
  const dragHandlers = useCanvasDrag(store, actions);
  const onEdgesChange = useCallback((_changes: EdgeChange<ConnectionEdge>[]) => undefined, []);

  // An empty spot of a card or note lane selects its cell (the paste target, CellHighlight.tsx).
  // Such a click lands on the grid node (React Flow gives every node pointer events when there is
  // an onNodeClick), or on the pane around the grid, which clears the selection.
  const selectCellAt = useCallback(
    (e: MouseEvent) => {
      const l = store.getState().layout;
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      actions.select(l && selectCanEdit(store.getState()) ? cellSelectionAt(l, p.x, p.y) : null);
    },
    [store, flow, actions],
  );

  const onNodeClick = useCallback(
    (e: MouseEvent, node: CanvasNode) => {
      if (node.type === 'touchpoint' && e.shiftKey) actions.toggleInGroup(node.id);
      else if (node.type === 'touchpoint') actions.select({ kind: 'touchpoint', id: node.id });
      else if (node.type === 'note') actions.select({ kind: 'note', id: node.id });
      else if (node.type === 'stageHeader')
        actions.select({ kind: 'stage', id: node.id.slice('stage:'.length) });
      else if (node.type === 'grid') selectCellAt(e);
    },
    [actions, selectCellAt],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.target && c.source !== c.target) actions.connect(c.source, c.target);
    },
    [actions],
  );

  /** Double-click an empty cell: a card in a card lane, a note in a note lane. */
  const onDoubleClick = useCallback(
    (e: MouseEvent) => {
      const target = e.target as HTMLElement;
      if (!selectCanEdit(store.getState())) return;
      if (
        target.closest(
          '.react-flow__node-touchpoint, .react-flow__node-note, .react-flow__node-stageHeader, .react-flow__controls, .react-flow__minimap',
        )
      )
        return;
      const l = store.getState().layout;
      if (!l) return;
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const cell = cellAt(l, p.x, p.y);
      if (!cell) return;
      const { index } = cell;
      if (isCardLane(cell.kind)) actions.addTouchpoint({ stageId: cell.stageId, laneId: cell.laneId, index });
      else {
        const noteKind = noteKindOfLane(cell.kind);
        if (noteKind) actions.addNote(noteKind, cell.stageId, index);
      }
    },
    [store, flow, actions],
  );

  const onEdgeClick = useCallback(
    (_e: MouseEvent, edge: ConnectionEdge) => actions.select({ kind: 'connection', id: edge.id }),
    [actions],
  );
  const onPaneClick = useCallback((e: MouseEvent) => selectCellAt(e), [selectCellAt]);

  // One element per change of what it shows: a store change that leaves the canvas' inputs as they
  // were (the urgent render before a deferred one, a panel's state) skips React Flow's whole tree.
  const flowElement = useMemo(
    () => (
      <ReactFlow<CanvasNode, ConnectionEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        {...dragHandlers}
        onEdgesChange={onEdgesChange}
        onNodeClick={onNodeClick}
        onEdgeClick={onEdgeClick}
        onPaneClick={onPaneClick}
        onConnect={onConnect}
        nodesConnectable={canEdit}
        {...presenceHandlers.flow}
        deleteKeyCode={null}
        selectionKeyCode={canEdit ? 'Shift' : null}
        multiSelectionKeyCode={canEdit ? 'Shift' : null}
        zoomOnDoubleClick={false}
        minZoom={MIN_ZOOM}
        maxZoom={2}
        proOptions={PRO_OPTIONS}
        nodeDragThreshold={4}
        // Big maps draw only the cards in view: hundreds of off-screen cards cost style, layout and
        // hit-testing on every drag frame. Small maps keep every card in the DOM.
        onlyRenderVisibleElements={big}
      >
        <Background variant={BackgroundVariant.Dots} gap={22} size={1} color="#d5dae5" />
        <Controls showInteractive={false} position="bottom-left" />
        <HandleReach />
        <CellHighlight />
      </ReactFlow>
    ),
    [
      nodes,
      edges,
      dragHandlers,
      onEdgesChange,
      onNodeClick,
      onEdgeClick,
      onPaneClick,
      onConnect,
      canEdit,
      presenceHandlers.flow,
      big,
    ],
  );

  return (
    <div
      className="map-canvas"
      onDoubleClick={onDoubleClick}
      data-testid="map-canvas"
      {...presenceHandlers.wrapper}
    >
      <EdgeMarkers />
      {flowElement}
      {/* Beside React Flow, not in it: it follows every edit, React Flow only what is near the view. */}
      {map && layout && <MapMinimap map={map} layout={layout} />}
      {map && layout && <PinnedStageHeaders stages={map.stages} layout={layout} />}
    </div>
  );
}
