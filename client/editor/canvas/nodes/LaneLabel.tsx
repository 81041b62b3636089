import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { EMOTION_LABELS, isCurveLane, LANE_KIND_TRAITS, type Emotion } from '../../../../model';
import { useCanEdit } from '../../access/useAccess';
import type { LaneLabelNode } from '../nodeTypes';
import { PersonaLegend } from '../../insights/personas/PersonaLegend';
import { useLinkedPersonas } from '../../insights/personas/useLinkedPersonas';
import { shownVariant } from '../../actions/futureApi';
import { useEditor } from '../../EditorContext';
import { FutureCurveLegend } from './FutureCurves';

/** The row header on the left: lane name, a hint, and the emotion scale for the emotion lane. */
export const LaneLabel = memo(function LaneLabel({ data }: NodeProps<LaneLabelNode>) {
  const { row } = data;
  const canEdit = useCanEdit();
  // Commenters and viewers cannot add: instead of how to add, what the lane holds.
  const hints = LANE_KIND_TRAITS[row.kind].hint;
  // Issue 21: the emotion lane's header holds the legend of the curves drawn instead of the scale:
  // the current and future curves in the "both" view, else one curve per linked persona.
  const curveLane = isCurveLane(row.kind);
  const both = useEditor(shownVariant) === 'both' && curveLane;
  const personas = useLinkedPersonas().personas.length > 0 && curveLane && !both;
  return (
    <div className={`lane-label lane-${row.kind}`} data-testid={`lane-${row.kind}`}>
      <div className="lane-name">{row.label}</div>
      <div className="lane-hint">{(!canEdit && hints.view) || hints.edit}</div>
      {both && <FutureCurveLegend />}
      {personas && <PersonaLegend />}
      {curveLane && !personas && !both && (
        <ul className="emotion-scale" aria-label="Emotion scale">
          {([2, 0, -2] as Emotion[]).map((e) => (
            <li key={e}>
              {e > 0 ? `+${e}` : e} {EMOTION_LABELS[e]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
