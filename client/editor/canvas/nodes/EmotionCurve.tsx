import './cardFigures.css';
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import {
  EMOTION_COLORS,
  emotionColor,
  emotionY,
  GRID,
  isoDay,
  smoothCurvePath,
  type Emotion,
} from '../../../../model';
import { useCanEdit } from '../../access/useAccess';
import { useEditor } from '../../EditorContext';
import { curveMark, type CurveMark } from './curveMarks';
import { shownVariant } from '../../actions/futureApi';
import { FutureCurves } from './FutureCurves';
import { PersonaCurves } from './PersonaCurves';
import { useLinkedPersonas, useShownPersonas } from '../../insights/personas/useLinkedPersonas';
import type { EmotionCurveNode } from '../nodeTypes';

/**
 * The emotion lane: a smooth curve through every touchpoint's score, left to right, coloured from
 * red (low) to green (high), with the lowest points marked as moments of pain. On a big map `points`
 * is only the part near the view (`cullCurve`), so an edit far away leaves this lane alone.
 */
export const EmotionCurve = memo(function EmotionCurve({ data }: NodeProps<EmotionCurveNode>) {
  const { row, points, min, empty, width } = data;
  const canEdit = useCanEdit();
  // Issue 21: with linked personas, one curve per shown persona replaces the map's own curve.
  const linked = useLinkedPersonas().personas.length > 0;
  const shownPersonas = useShownPersonas();
  const staleAfterDays = useEditor((s) => s.map?.settings.staleAfterDays ?? 90);
  const today = isoDay();
  const ox = GRID.laneHeaderWidth;
  const rowLocal = { x: 0, y: 0, width, height: row.height };
  const top = emotionY(rowLocal, 2);
  const bottom = emotionY(rowLocal, -2);
  const dots = points.map((p) => ({ ...p, x: p.x - ox, y: p.y - row.y }));
  // The future state's "both" view draws its two curves instead (FutureCurves).
  const both = useEditor(shownVariant) === 'both';
  const path = both ? '' : smoothCurvePath(dots);
  return (
    <svg
      className="emotion-curve"
      width={width}
      height={row.height}
      data-testid="emotion-curve"
      data-points={points.map((p) => p.emotion).join(',')}
    >
      <defs>
        <linearGradient
          id="emotion-gradient"
          gradientUnits="userSpaceOnUse"
          x1="0"
          x2="0"
          y1={top}
          y2={bottom}
        >
          {([2, 1, 0, -1, -2] as Emotion[]).map((e, i) => (
            <stop key={e} offset={`${i * 25}%`} stopColor={EMOTION_COLORS[e]} />
          ))}
        </linearGradient>
      </defs>
      {([2, 1, 0, -1, -2] as const).map((e) => (
        <line
          key={e}
          x1={0}
          x2={width}
          y1={emotionY(rowLocal, e)}
          y2={emotionY(rowLocal, e)}
          className={e === 0 ? 'emotion-zero' : 'emotion-gridline'}
        />
      ))}
      {linked && !both && <PersonaCurves personas={shownPersonas} points={points} row={row} offsetX={ox} />}
      {!linked && path && (
        <path d={path} className="emotion-path" stroke="url(#emotion-gradient)" data-testid="emotion-path" />
      )}
      {both && <FutureCurves row={row} />}
      {!both &&
        !linked &&
        dots.map((p) => (
          <EmotionDot
            key={p.touchpointId}
            id={p.touchpointId}
            x={p.x}
            y={p.y}
            emotion={p.emotion}
            {...curveMark(p, today, staleAfterDays)}
            pain={p.emotion === min && min < 0}
          />
        ))}
      {empty && (
        <text x={16} y={row.height / 2} className="emotion-empty">
          {canEdit ? 'Add touchpoints to draw the emotion curve' : 'No touchpoints yet'}
        </text>
      )}
    </svg>
  );
});

/** One touchpoint's point on the curve; memoised, so a change elsewhere on the map leaves it alone. */
const EmotionDot = memo(function EmotionDot({
  id,
  x,
  y,
  emotion,
  kind,
  title,
  pain,
}: CurveMark & {
  id: string;
  x: number;
  y: number;
  emotion: number;
  pain: boolean;
}) {
  const measured = kind !== 'guess';
  return (
    <g
      transform={`translate(${x} ${y})`}
      data-testid="emotion-point"
      data-touchpoint-id={id}
      data-emotion={emotion}
      data-measured={measured ? 'true' : 'false'}
      data-stale={kind === 'stale' ? 'true' : undefined}
    >
      <title>{title}</title>
      {pain && <circle r={11} className="pain-halo" />}
      {/* Measured points are filled, guessed ones hollow (a ring in the point's colour), stale
          measured ones hollow and dashed. */}
      {kind === 'stale' ? (
        <circle r={6} style={{ stroke: emotionColor(emotion) }} className="emotion-dot is-stale" />
      ) : measured ? (
        <circle r={6} fill={emotionColor(emotion)} className="emotion-dot is-measured" />
      ) : (
        <circle r={5} style={{ stroke: emotionColor(emotion) }} className="emotion-dot is-guess" />
      )}
    </g>
  );
});
