import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { EMOTION_LABELS, type Emotion } from '../../../../model';
import { useCanEdit } from '../../access/useAccess';
import type { LaneLabelNode } from '../nodeTypes';

const LANE_HINTS: Record<string, string> = {
  touchpoints: 'Double-click a cell to add',
  actions: 'What the customer does',
  thoughts: 'What they think and say',
  emotions: 'How they feel',
  painPoints: 'Double-click to add',
  opportunities: 'Double-click to add',
  backstage: 'Processes & systems',
};
/** Commenters and viewers cannot add: instead of how to add, what the lane holds. */
const READ_ONLY_HINTS: Record<string, string> = {
  touchpoints: 'Where they meet the company',
  painPoints: 'What goes wrong for them',
  opportunities: 'What could be better',
};

/** The row header on the left: lane name, a hint, and the emotion scale for the emotion lane. */
export const LaneLabel = memo(function LaneLabel({ data }: NodeProps<LaneLabelNode>) {
  const { row } = data;
  const canEdit = useCanEdit();
  return (
    <div className={`lane-label lane-${row.kind}`} data-testid={`lane-${row.kind}`}>
      <div className="lane-name">{row.label}</div>
      <div className="lane-hint">{(!canEdit && READ_ONLY_HINTS[row.kind]) || LANE_HINTS[row.kind]}</div>
      {row.kind === 'emotions' && (
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
