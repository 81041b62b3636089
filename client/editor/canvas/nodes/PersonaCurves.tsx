import '../../insights/personas/personas.css';
import { memo, useMemo } from 'react';
import {
  personaCurveOffset,
  personaCurvePoints,
  smoothCurvePath,
  type CurvePoint,
  type Persona,
  type RowLayout,
} from '../../../../model';
import { useEditor, useSession } from '../../EditorContext';
import { drawnOf } from '../../store/drawnLayout';

/**
 * The emotion lane with linked personas: one curve per shown persona in its colour, through the
 * cards it uses at its own scores (model/personas/personaCurves.ts). `points`: the map's curve (or
 * its part near the view); `offset`: the lane node's top-left in flow coordinates.
 */
export const PersonaCurves = memo(function PersonaCurves({
  personas,
  points,
  row,
  offsetX,
}: {
  personas: readonly Persona[];
  points: readonly CurvePoint[];
  row: RowLayout;
  offsetX: number;
}) {
  const { store } = useSession();
  // The cards as drawn: in the future view a card's to-be emotion is every persona's (model/future).
  const touchpoints = useEditor((s) => drawnOf(store, s).map?.touchpoints);
  const curves = useMemo(
    () =>
      personas.map((p, i) => {
        // Drawn a little apart, so curves at the same scores do not hide each other.
        const dy = personaCurveOffset(i, personas.length);
        return {
          persona: p,
          dots: personaCurvePoints(
            { touchpoints: touchpoints ?? [] },
            { curve: points, rows: [row] },
            p.id,
          ).map((pt) => ({ ...pt, x: pt.x - offsetX, y: pt.y - row.y + dy })),
        };
      }),
    [personas, touchpoints, points, row, offsetX],
  );
  return (
    <g data-testid="persona-curves">
      {curves.map(({ persona, dots }) => (
        <g key={persona.id} data-testid="persona-curve" data-persona-id={persona.id}>
          <path
            d={smoothCurvePath(dots)}
            className="persona-path"
            stroke={persona.color}
            data-testid="persona-path"
            data-points={dots.map((d) => d.emotion).join(',')}
          />
          {dots.map((d) => (
            <circle
              key={d.touchpointId}
              cx={d.x}
              cy={d.y}
              r={4.5}
              className="persona-dot"
              fill={persona.color}
              data-touchpoint-id={d.touchpointId}
              data-emotion={d.emotion}
            >
              <title>{`${persona.name}: ${d.emotion > 0 ? '+' : ''}${d.emotion}`}</title>
            </circle>
          ))}
        </g>
      ))}
    </g>
  );
});
