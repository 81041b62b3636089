import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useEditorActions } from '../../useEditorActions';
import type { AddStageNode } from '../nodeTypes';

/** "+ Stage" at the end of the header row. */
export const AddStageButton = memo(function AddStageButton({ data }: NodeProps<AddStageNode>) {
  const actions = useEditorActions();
  return (
    <button
      type="button"
      className="add-stage nodrag"
      aria-label="Add stage at the end"
      style={{ height: data.height }}
      onClick={() => actions.addStage()}
    >
      + Stage
    </button>
  );
});
