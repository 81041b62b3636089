import type { PeerDrags } from '../presence/peerDrags';
import type { FlowPoint } from '../store/editorStore';
import type { CanvasNode } from './nodeTypes';

/** Node kinds that can be in the air. */
const MOVABLE = new Set(['touchpoint', 'note', 'stageHeader']);

/**
 * Puts the nodes in the air where they are now: this tab's drag first, then peers' drags (drawn
 * above the others, marked `is-peer-dragged` for the ghost look). Every other node keeps its
 * object, and with nothing in the air the array itself is returned, so React Flow skips them.
 */
export function placeDragged(
  nodes: CanvasNode[],
  local: ReadonlyMap<string, FlowPoint> | undefined,
  peers: PeerDrags,
): CanvasNode[] {
  if (!local?.size && peers.size === 0) return nodes;
  return nodes.map((n) => {
    if (!MOVABLE.has(n.type)) return n;
    const stage = n.type === 'stageHeader';
    const own = local?.get(n.id);
    if (own) return { ...n, position: { x: own.x, y: stage ? 0 : own.y }, zIndex: stage ? 10 : 20 };
    const peer = peers.get(n.id);
    if (!peer) return n;
    return {
      ...n,
      position: { x: peer.x, y: stage ? 0 : peer.y },
      zIndex: stage ? 9 : 15,
      className: 'is-peer-dragged',
    };
  });
}
