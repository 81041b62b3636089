import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useInternalNode, type EdgeProps } from '@xyflow/react';
import type { ConnectionEdge } from './nodeTypes';

/** Stroke width for a route's volume: log scale, so 10 and 10 000 calls a month both stay readable. */
export function edgeWidth(volume: number | undefined): number {
  if (!volume || volume <= 0) return 1.8;
  return Math.min(9, 1.8 + Math.log10(volume + 1) * 1.6);
}

/**
 * A connection between touchpoints, drawn as an arc under the cards (bottom centre to bottom
 * centre) so it never runs behind the cards in between; edges into a hub take the hub colour.
 * Thicker for more volume; its reason (label) and volume sit at the bottom of the arc.
 */
export const ConnectionEdgeView = memo(function ConnectionEdgeView(props: EdgeProps<ConnectionEdge>) {
  const source = useInternalNode(props.source);
  const target = useInternalNode(props.target);
  const intoHub = props.data?.intoHub ?? false;
  const volume = props.data?.volume;
  const emphasis = props.data?.emphasis;
  let path: string;
  let labelX: number;
  let labelY: number;
  if (source && target) {
    const sx = source.internals.positionAbsolute.x + (source.measured.width ?? 0) / 2;
    const sy = source.internals.positionAbsolute.y + (source.measured.height ?? 0);
    const tx = target.internals.positionAbsolute.x + (target.measured.width ?? 0) / 2;
    const ty = target.internals.positionAbsolute.y + (target.measured.height ?? 0) + 3;
    const depth = 16 + Math.min(30, Math.abs(tx - sx) * 0.05);
    const low = Math.max(sy, ty) + depth;
    path = `M ${sx} ${sy} C ${sx} ${low}, ${tx} ${low}, ${tx} ${ty}`;
    labelX = (sx + tx) / 2;
    labelY = 0.125 * sy + 0.75 * low + 0.125 * ty;
  } else {
    [path, labelX, labelY] = getBezierPath(props);
  }
  const label = typeof props.label === 'string' ? props.label : '';
  const text = [label, volume ? `${volume.toLocaleString('en')}/mo` : ''].filter(Boolean).join(' · ');
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={intoHub || emphasis === 'route' ? 'url(#arrow-hub)' : 'url(#arrow)'}
        className={`conn-edge${intoHub ? ' into-hub' : ''}${props.selected ? ' is-selected' : ''}${
          emphasis === 'route' ? ' is-route' : emphasis === 'dimmed' ? ' is-dimmed' : ''
        }`}
        style={{ ['--edge-w' as string]: `${edgeWidth(volume)}px` }}
        interactionWidth={14}
      />
      {text && (
        <EdgeLabelRenderer>
          <div
            className={`conn-label nodrag nopan${emphasis === 'dimmed' ? ' is-dimmed' : ''}`}
            data-testid="connection-label"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {text}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
