import { memo } from 'react';
import { BaseEdge, getBezierPath, useInternalNode, type EdgeProps } from '@xyflow/react';
import type { ConnectionEdge } from './nodeTypes';

/**
 * A connection between touchpoints, drawn as an arc under the cards (bottom centre to bottom
 * centre) so it never runs behind the cards in between; edges into a hub take the hub colour.
 */
export const ConnectionEdgeView = memo(function ConnectionEdgeView(props: EdgeProps<ConnectionEdge>) {
  const source = useInternalNode(props.source);
  const target = useInternalNode(props.target);
  const intoHub = props.data?.intoHub ?? false;
  let path: string;
  if (source && target) {
    const sx = source.internals.positionAbsolute.x + (source.measured.width ?? 0) / 2;
    const sy = source.internals.positionAbsolute.y + (source.measured.height ?? 0);
    const tx = target.internals.positionAbsolute.x + (target.measured.width ?? 0) / 2;
    const ty = target.internals.positionAbsolute.y + (target.measured.height ?? 0) + 3;
    const depth = 16 + Math.min(30, Math.abs(tx - sx) * 0.05);
    const low = Math.max(sy, ty) + depth;
    path = `M ${sx} ${sy} C ${sx} ${low}, ${tx} ${low}, ${tx} ${ty}`;
  } else {
    [path] = getBezierPath(props);
  }
  return (
    <BaseEdge
      id={props.id}
      path={path}
      markerEnd={intoHub ? 'url(#arrow-hub)' : 'url(#arrow)'}
      className={`conn-edge${intoHub ? ' into-hub' : ''}${props.selected ? ' is-selected' : ''}`}
      interactionWidth={14}
    />
  );
});
