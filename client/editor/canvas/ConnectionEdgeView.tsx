import { memo } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { ConnectionEdge } from './nodeTypes';

/** A connection between touchpoints; edges into a hub are drawn in the hub colour. */
export const ConnectionEdgeView = memo(function ConnectionEdgeView(props: EdgeProps<ConnectionEdge>) {
  const [path] = getBezierPath(props);
  const intoHub = props.data?.intoHub ?? false;
  return (
    <BaseEdge
      id={props.id}
      path={path}
      markerEnd={intoHub ? 'url(#arrow-hub)' : 'url(#arrow)'}
      className={`conn-edge${intoHub ? ' into-hub' : ''}${props.selected ? ' is-selected' : ''}`}
      interactionWidth={16}
    />
  );
});
