import { memo } from 'react';
import { TEXT_FIELDS } from '../../../../model';
import { useInPlaceText } from '../../text/useInPlaceText';
import type { NodeProps } from '@xyflow/react';
import { sameDataAndSelection } from './drawnFrom';
import { Icon } from '../../../ui/Icon';
import { useEditor } from '../../EditorContext';
import { useEditorActions } from '../../useEditorActions';
import type { StageHeaderNode } from '../nodeTypes';
import { useFacilitation } from '../../facilitation/useFacilitation';
import { useCanEdit } from '../../access/useAccess';
import { CommentBadge } from '../../comments/CommentBadge';
import { LinkChip } from '../../links/LinkChip';

/** A stage's column header: drag grip to reorder, double-click to rename, delete asks first. */
export const StageHeader = memo(function StageHeader({ data, selected }: NodeProps<StageHeaderNode>) {
  const { stage, index, mark } = data;
  const renaming = useEditor((s) => s.renamingStageId === stage.id);
  const actions = useEditorActions();
  // A locked structure shows a lock instead of the grip and hides rename/delete (the model refuses them).
  const locked = useFacilitation((f) => f.structureLocked);
  // Commenters and viewers get neither the grip nor rename/delete.
  const canEdit = useCanEdit();
  return (
    <div
      className={`stage-header${selected ? ' is-selected' : ''}${mark ? ` is-marked mark-${mark}` : ''}`}
      data-testid="stage-header"
      data-stage-id={stage.id}
      data-mark={mark}
    >
      {locked ? (
        <span
          className="stage-lock"
          data-testid="stage-lock"
          title="Stages and lanes are locked by the facilitator"
        >
          <Icon name="lock" size={12} />
        </span>
      ) : (
        canEdit && (
          <span className="stage-grip" title="Drag to reorder" aria-label={`Reorder stage ${stage.name}`}>
            ⋮⋮
          </span>
        )
      )}
      <span className="stage-index">{String(index + 1).padStart(2, '0')}</span>
      {renaming && !locked && canEdit ? (
        <StageNameInput stageId={stage.id} onDone={() => actions.startRenamingStage(null)} />
      ) : (
        <button
          type="button"
          className="stage-name nodrag"
          title={canEdit ? 'Double-click to rename' : undefined}
          onDoubleClick={() => canEdit && actions.startRenamingStage(stage.id)}
          onClick={() => actions.select({ kind: 'stage', id: stage.id })}
          onKeyDown={(e) => {
            if (canEdit && (e.key === 'Enter' || e.key === 'F2')) actions.startRenamingStage(stage.id);
          }}
        >
          {stage.name || 'Untitled stage'}
        </button>
      )}
      <CommentBadge anchor={{ kind: 'stage', id: stage.id }} label={stage.name || 'Untitled stage'} />
      {stage.childMapId && <LinkChip holder="stage" holderId={stage.id} childMapId={stage.childMapId} />}
      {!locked && canEdit && (
        <span className="stage-actions nodrag">
          <button
            type="button"
            className="icon-btn"
            aria-label={`Rename stage ${stage.name}`}
            title="Rename"
            onClick={() => actions.startRenamingStage(stage.id)}
          >
            <Icon name="pencil" size={14} />
          </button>
          <button
            type="button"
            className="icon-btn icon-danger"
            aria-label={`Delete stage ${stage.name}`}
            title="Delete stage"
            onClick={() => actions.askDeleteStage(stage.id)}
          >
            <Icon name="trash" size={14} />
          </button>
        </span>
      )}
    </div>
  );
}, sameDataAndSelection);

/** The stage's name typed in place: "New stage" starts selected, so typing replaces it. */
function StageNameInput({ stageId, onDone }: { stageId: string; onDone: () => void }) {
  const field = useInPlaceText(
    { kind: 'stage', id: stageId, field: 'name' },
    { selectAll: true, onEnd: onDone },
  );
  return (
    <input
      {...field}
      className="stage-name-input nodrag"
      aria-label="Stage name"
      maxLength={TEXT_FIELDS.stages.name}
      placeholder="Untitled stage"
    />
  );
}
