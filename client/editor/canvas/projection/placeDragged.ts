import { reuseNested } from '../../../../model';
import type { PeerDrags } from '../../presence/peerDrags';
import type { FlowPoint } from '../../store/editorStore';
import type { CanvasNode } from '../nodeTypes';

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
  /** Given the node and its placed copy, the object to use (createPlacer keeps an equal older one). */
  keep: (from: CanvasNode, placed: CanvasNode) => CanvasNode = (_from, placed) => placed,
): CanvasNode[] {
  if (!local?.size && peers.size === 0) return nodes;
  return nodes.map((n) => {
    if (!MOVABLE.has(n.type)) return n;
    const stage = n.type === 'stageHeader';
    const own = local?.get(n.id);
    if (own) return keep(n, { ...n, position: { x: own.x, y: stage ? 0 : own.y }, zIndex: stage ? 10 : 20 });
    const peer = peers.get(n.id);
    if (!peer) return n;
    return keep(n, {
      ...n,
      position: { x: peer.x, y: stage ? 0 : peer.y },
      zIndex: stage ? 9 : 15,
      className: 'is-peer-dragged',
    });
  });
}

/**
 * placeDragged with memory: a node still in the air at the same place, from the same node, is the
 * same object as last time. A peer's edit re-renders the canvas mid-drag; without this the card in
 * the air was a new object every time, and React Flow took in every node again for nothing.
 */
export function createPlacer() {
  let memo = new Map<string, { from: CanvasNode; node: CanvasNode }>();
  return (
    nodes: CanvasNode[],
    local: ReadonlyMap<string, FlowPoint> | undefined,
    peers: PeerDrags,
  ): CanvasNode[] => {
    const next = new Map<string, { from: CanvasNode; node: CanvasNode }>();
    const out = placeDragged(nodes, local, peers, (from, placed) => {
      const old = memo.get(from.id);
      // From the same node, so only the place can differ: the old object when it is the same.
      const node = old && old.from === from ? reuseNested(old.node, placed) : placed;
      next.set(from.id, { from, node });
      return node;
    });
    memo = next;
    return out;
  };
}
