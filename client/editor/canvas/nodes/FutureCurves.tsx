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
 * solid in the emotion colours (the lane's gradient); the lane's header holds the legend
 * (FutureCurveLegend, where it stays in view). Drawn inside EmotionCurve's
 * svg, in its coordinates; the live map's layout holds every card, so both curves share its x.
 */
export function FutureCurves({ row }: { row: RowLayout }) {
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
    </g>
  );
}

/** The "both" view's legend, in the emotion lane's header: which line is which state. */
export function FutureCurveLegend() {
  return (
    <ul className="future-legend" aria-label="Emotion curves" data-testid="future-curve-legend">
      <li>
        <svg width="24" height="6" aria-hidden="true">
          <line x1={0} x2={24} y1={3} y2={3} className="future-curve-current" />
        </svg>
        Current
      </li>
      <li>
        <svg width="24" height="6" aria-hidden="true">
          <line x1={0} x2={24} y1={3} y2={3} className="future-curve-future" stroke="#16a34a" />
        </svg>
        Future
      </li>
    </ul>
  );
}
