import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Background, BackgroundVariant, Controls, ReactFlow, useReactFlow, useStore } from '@xyflow/react';
import './grid.css';
import './cards.css';
import { useEditor, useSession } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { useCanEdit } from '../access/useAccess';
import { useCanvasPresence } from '../presence/useCanvasPresence';
import { usePresenceState } from '../presence/usePresence';
import { fitMap, MIN_ZOOM } from '../viewport/fitMap';
import { createCanvasProjection } from './projection/createCanvasProjection';
import { createShownSnapshot } from './projection/shownSnapshot';
import { createVariantSnapshot } from '../store/variantSnapshot';
import { viewSpan } from './projection/cullToView';
import { useCanvasDrag } from './useCanvasDrag';
import { useCanvasClicks } from './useCanvasClicks';
import { useRevealEditing } from './useRevealEditing';
import { useNextFrame } from './useNextFrame';
import { MapMinimap } from './MapMinimap';
import { PinnedStageHeaders } from './PinnedStageHeaders';
import { EdgeMarkers } from './EdgeMarkers';
import { HandleReach } from './HandleReach';
import { CellHighlight } from './CellHighlight';
import { EDGE_COMPONENTS, NODE_COMPONENTS } from './nodeComponents';
import { useToday } from '../programme/useToday';
import type { CanvasNode, ConnectionEdge } from './nodeTypes';

const PRO_OPTIONS = { hideAttribution: true };

/**
 * The journey canvas: wiring only. Nodes and edges come from the canvas projection (snapshot +
 * layout + session, unchanged ones identical); React Flow never owns a copy of the map. Drags are
 * local until drop.
 */
export function MapCanvas() {
  const { store } = useSession();
  const actions = useEditorActions();
  // A peer's edit renders after the next frame is painted, not in the task its message arrived in
  // nor inside the frame that carries the drag; this tab's own edits and the drag show at once.
  const latest = useEditor(useShallow((s) => ({ map: s.map, layout: s.layout, peerEdit: s.peerEdit })));
  const live = useNextFrame(latest, !latest.peerEdit);
  // History: a previewed version in the live map's place, or the live map with changes marked.
  const history = useEditor(useShallow((s) => ({ preview: s.preview, highlight: s.highlight })));
  const [shownOf] = useState(createShownSnapshot);
  // The future state (model/future): the current, future or both view of the live map.
  const [variantOfLive] = useState(createVariantSnapshot);
  const variant = variantOfLive(
    live.map,
    live.layout,
    useEditor((s) => s.variantView),
  );
  const { map, layout, marks } = shownOf(variant.map, variant.layout, history.preview, history.highlight);
  const session = useEditor(
    useShallow((s) => ({
      selection: s.selection,
      group: s.group,
      drag: s.drag,
      ownerFilter: s.ownerFilter,
      personaFilter: s.personaFilter,
    })),
  );
  const peerDrags = usePresenceState((s) => s.drags);
  const canEdit = useCanEdit();
  const span = useStore(viewSpan);
  const [project] = useState(createCanvasProjection);
  const today = useToday();
  const { nodes, edges, big } = project({
    map,
    layout,
    ...session,
    drag: session.drag?.positions,
    canEdit,
    peerDrags,
    span,
    marks,
    today,
  });

  const flow = useReactFlow<CanvasNode, ConnectionEdge>();
  const fitted = useRef(false);
  useEffect(() => {
    if (fitted.current || nodes.length === 0) return;
    fitted.current = true;
    requestAnimationFrame(() => void fitMap(flow, true));
  }, [nodes.length, flow]);

  useRevealEditing();
  const presenceHandlers = useCanvasPresence();
  const dragHandlers = useCanvasDrag(store, actions);
  const clicks = useCanvasClicks(store, actions);

  // One element per change of what it shows: a store change that leaves the canvas' inputs as they
  // were (the urgent render before a deferred one, a panel's state) skips React Flow's whole tree.
  const flowElement = useMemo(
    () => (
      <ReactFlow<CanvasNode, ConnectionEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_COMPONENTS}
        edgeTypes={EDGE_COMPONENTS}
        {...dragHandlers}
        {...clicks.flow}
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
    [nodes, edges, dragHandlers, clicks.flow, canEdit, presenceHandlers.flow, big],
  );

  return (
    <div
      className={`map-canvas${history.preview ? ' is-previewing' : ''}`}
      onDoubleClick={clicks.onDoubleClick}
      data-testid="map-canvas"
      {...presenceHandlers.wrapper}
    >
      <EdgeMarkers />
      {flowElement}
      {/* Beside React Flow, not in it: it follows every edit, React Flow only what is near the view. */}
      {map && layout && <MapMinimap map={map} layout={layout} />}
      {map && layout && <PinnedStageHeaders stages={map.stages} layout={layout} marks={marks} />}
    </div>
  );
}
