import type { Edge, Node, ReactFlowInstance } from '@xyflow/react';
import { fittedTop, PINNED_STAGES } from './pinnedStages';

/** The canvas's smallest zoom: room for Fit to show every stage of a crowded map on a laptop. */
export const MIN_ZOOM = 0.1;

/** The grid node spans the whole map (on a big map React Flow holds only the cards near the view). */
const MAP_NODES = ['grid', 'add-stage'];

/**
 * Fits the map to the window and pins its top edge near the top (maps are wide, not tall).
 * `readable` keeps the zoom at 60 % or more, left-aligning a map wider than the window. Otherwise,
 * when the whole map would be too small to read, it fits the width: every stage is on screen, their
 * names pinned readable over the top (PinnedStageHeaders), and a tall map scrolls down.
 * Generic over the node types: features below the canvas (comments' "go to") fit the map too.
 */
export async function fitMap<N extends Node, E extends Edge>(
  flow: ReactFlowInstance<N, E>,
  readable: boolean,
): Promise<void> {
  const nodes = MAP_NODES.map((id) => ({ id }));
  await flow.fitView({ nodes, padding: 0.04, maxZoom: 1, ...(readable ? { minZoom: 0.6 } : {}) });
  if (!readable && flow.getZoom() < PINNED_STAGES.belowZoom) {
    const map = flow.getNodesBounds(MAP_NODES);
    await flow.fitBounds({ x: map.x, y: map.y, width: map.width, height: 1 }, { padding: 0.02 });
  }
  const vp = flow.getViewport();
  await flow.setViewport({ zoom: vp.zoom, x: Math.max(vp.x, 16), y: fittedTop(vp.zoom) });
}
