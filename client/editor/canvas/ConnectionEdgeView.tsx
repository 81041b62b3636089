import './nodes/cardFigures.css';
import { memo, type MouseEvent } from 'react';
import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  useInternalNode,
  type EdgeProps,
  type InternalNode,
} from '@xyflow/react';
import { DEMAND_TRAITS, pointOnArc, routeArc, type Rect } from '../../../model';
import { useEditorActions } from '../useEditorActions';
import type { CanvasNode, ConnectionEdge } from './nodeTypes';

/** Stroke width for a route's volume: log scale, so 10 and 10 000 calls a month both stay readable. */
export function edgeWidth(volume: number | undefined): number {
  if (!volume || volume <= 0) return 1.8;
  return Math.min(9, 1.8 + Math.log10(volume + 1) * 1.6);
}

const boxOf = (node: InternalNode<CanvasNode>): Rect => ({
  ...node.internals.positionAbsolute,
  width: node.measured.width ?? 0,
  height: node.measured.height ?? 0,
});

/**
 * A connection between touchpoints, drawn as an arc under the cards (routeArc: bottom centre to
 * bottom centre) so it never runs behind the cards in between; edges into a hub take the hub colour.
 * Thicker for more volume; failure demand into a hub is drawn red and dashed, its label tinted. Its reason and volume sit where routeLabels placed them (off the cards and
 * the other labels), kept relative to the arc's middle so the label follows a card in the air;
 * abbreviated, with the whole text on hover. A click on the label selects the route.
 */
export const ConnectionEdgeView = memo(function ConnectionEdgeView(props: EdgeProps<ConnectionEdge>) {
  const source = useInternalNode<CanvasNode>(props.source);
  const target = useInternalNode<CanvasNode>(props.target);
  const actions = useEditorActions();
  const intoHub = props.data?.intoHub ?? false;
  const failure = props.data?.failure ?? false;
  const volume = props.data?.volume;
  const emphasis = props.data?.emphasis;
  const label = props.data?.labelAt;
  let path: string;
  let midX: number;
  let midY: number;
  if (source && target) {
    const arc = routeArc(boxOf(source), boxOf(target));
    path = `M ${arc.sx} ${arc.sy} C ${arc.sx} ${arc.low}, ${arc.tx} ${arc.low}, ${arc.tx} ${arc.ty}`;
    ({ x: midX, y: midY } = pointOnArc(arc, 0.5));
  } else {
    [path, midX, midY] = getBezierPath(props);
  }
  const select = (e: MouseEvent) => {
    e.stopPropagation();
    actions.select({ kind: 'connection', id: props.id });
  };
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={intoHub || emphasis === 'route' ? 'url(#arrow-hub)' : 'url(#arrow)'}
        className={`conn-edge${intoHub ? ' into-hub' : ''}${failure ? ' is-failure' : ''}${props.selected ? ' is-selected' : ''}${
          emphasis === 'route' ? ' is-route' : emphasis === 'dimmed' ? ' is-dimmed' : ''
        }`}
        style={{ ['--edge-w' as string]: `${edgeWidth(volume)}px` }}
        interactionWidth={14}
      />
      {label && (
        <EdgeLabelRenderer>
          <div
            className={`conn-label nodrag nopan${failure ? ' is-failure' : ''}${emphasis === 'dimmed' ? ' is-dimmed' : ''}${
              props.selected ? ' is-selected' : ''
            }`}
            data-testid="connection-label"
            data-demand={failure ? 'failure' : undefined}
            title={failure ? `${DEMAND_TRAITS.failure.label} · ${label.full}` : label.full}
            style={{
              width: label.width,
              height: label.height,
              transform: `translate(-50%, -50%) translate(${midX + label.dx}px, ${midY + label.dy}px)`,
            }}
            onClick={select}
          >
            {/* Two parts, so a font wider than the one measured cuts the reason, never the volume. */}
            {label.reason && <span className="conn-label-reason">{label.reason}</span>}
            {label.volume && (
              <span className="conn-label-volume">{label.reason ? ` · ${label.volume}` : label.volume}</span>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
