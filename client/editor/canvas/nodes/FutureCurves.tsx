import './future.css';
import { useMemo } from 'react';
import {
  emotionColor,
  GRID,
  smoothCurvePath,
  variantCurves,
  type CurvePoint,
  type RowLayout,
} from '../../../../model';
import { useEditor } from '../../EditorContext';

/**
 * The "both" view's emotion lane (model/future): the current curve dashed and muted, the future one
 * solid in the emotion colours (the lane's gradient), with a legend. Drawn inside EmotionCurve's
 * svg, in its coordinates; the live map's layout holds every card, so both curves share its x.
 */
export function FutureCurves({ row, width }: { row: RowLayout; width: number }) {
  const map = useEditor((s) => s.map);
  const layout = useEditor((s) => s.layout);
  const curves = useMemo(() => (map && layout ? variantCurves(map, layout) : null), [map, layout]);
  if (!curves) return null;
  const local = (points: readonly CurvePoint[]) =>
    points.map((p) => ({ ...p, x: p.x - GRID.laneHeaderWidth, y: p.y - row.y }));
  const current = local(curves.current);
  const future = local(curves.future);
  return (
    <g data-testid="future-curves">
      <path
        d={smoothCurvePath(current)}
        className="future-curve-current"
        data-testid="curve-current"
        data-points={current.map((p) => p.emotion).join(',')}
      />
      <path
        d={smoothCurvePath(future)}
        className="future-curve-future"
        stroke="url(#emotion-gradient)"
        data-testid="curve-future"
        data-points={future.map((p) => p.emotion).join(',')}
      />
      {current.map((p) => (
        <circle
          key={`c${p.touchpointId}`}
          cx={p.x}
          cy={p.y}
          r={3.5}
          className="future-curve-dot is-current"
        />
      ))}
      {future.map((p) => (
        <circle
          key={`f${p.touchpointId}`}
          cx={p.x}
          cy={p.y}
          r={5}
          className="future-curve-dot"
          fill={emotionColor(p.emotion)}
        />
      ))}
      <CurveLegend x={Math.max(8, width - 196)} y={8} />
    </g>
  );
}

function CurveLegend({ x, y }: { x: number; y: number }) {
  return (
    <g className="future-legend" transform={`translate(${x} ${y})`} data-testid="future-curve-legend">
      <rect width={184} height={22} rx={6} />
      <line x1={10} x2={34} y1={11} y2={11} className="future-curve-current" />
      <text x={40} y={15}>
        Current
      </text>
      <line x1={98} x2={122} y1={11} y2={11} className="future-curve-future" stroke="#16a34a" />
      <text x={128} y={15}>
        Future
      </text>
    </g>
  );
}
