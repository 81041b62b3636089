import type { Node, NodeProps } from '@xyflow/react';

/**
 * `memo` comparator for node components drawn from `data` and `selected` only. React Flow also
 * passes the node's position, so with the default comparator every card a peer's move shifts would
 * render again; with this one it is only re-placed (its wrapper's transform).
 */
export function sameDataAndSelection<N extends Node>(a: NodeProps<N>, b: NodeProps<N>): boolean {
  return a.data === b.data && a.selected === b.selected;
}
