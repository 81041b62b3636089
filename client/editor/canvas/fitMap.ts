import type { ReactFlowInstance } from '@xyflow/react';
import type { CanvasNode, ConnectionEdge } from './nodeTypes';

/**
 * Fits the map to the window and pins its top edge near the top (maps are wide, not tall).
 * `readable` keeps the zoom at 60 % or more, left-aligning a map wider than the window.
 */
export async function fitMap(flow: ReactFlowInstance<CanvasNode, ConnectionEdge>, readable: boolean): Promise<void> {
  // The grid node spans the whole map (on a big map React Flow holds only the cards near the view).
  await flow.fitView({ nodes: [{ id: 'grid' }, { id: 'add-stage' }], padding: 0.04, maxZoom: 1, ...(readable ? { minZoom: 0.6 } : {}) });
  const vp = flow.getViewport();
  await flow.setViewport({ zoom: vp.zoom, x: Math.max(vp.x, 16), y: 16 });
}
