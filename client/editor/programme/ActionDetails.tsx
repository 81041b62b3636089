import { useId } from 'react';
import { CX_AREA_LABELS, CX_AREAS, type Action, type ActionEdit, type CxArea } from '../../../model';
import { LinkField } from './LinkField';
import { OwnerInput } from './OwnerInput';
import { ScoreButtons } from './ScoreButtons';
import { EFFORT_LABELS, VALUE_LABELS } from './matrixPlacement';
import { TouchpointsPicker } from './TouchpointsPicker';

/** An action's fields beyond its title and status: who, when, why it is worth it, where it is tracked. */
export function ActionDetails({
  action,
  canEdit,
  onEdit,
  onDelete,
}: {
  action: Action;
  canEdit: boolean;
  onEdit: (patch: ActionEdit) => void;
  onDelete: () => void;
}) {
  const dueId = useId();
  const areaId = useId();
  return (
    <div className="act-details" data-testid="action-details">
      <OwnerInput owner={action.owner} ownerId={action.ownerId} disabled={!canEdit} onCommit={onEdit} />
      <div className="act-two">
        <div className="sp-field">
          <label className="sp-label" htmlFor={dueId}>
            Due
          </label>
          <input
            id={dueId}
            className="input"
            type="date"
            value={action.due ?? ''}
            readOnly={!canEdit}
            onChange={(e) => {
              // A partly typed date is empty until it is a whole day: only whole days are written.
              if (canEdit && (e.target.value === '' || /^\d{4}-\d{2}-\d{2}$/.test(e.target.value)))
                onEdit({ due: e.target.value || undefined });
            }}
          />
        </div>
        <div className="sp-field">
          <label className="sp-label" htmlFor={areaId}>
            CX area
          </label>
          <select
            id={areaId}
            className="input"
            value={action.cxArea ?? ''}
            disabled={!canEdit}
            onChange={(e) => onEdit({ cxArea: (e.target.value || undefined) as CxArea | undefined })}
          >
            <option value="">None</option>
            {CX_AREAS.map((a) => (
              <option key={a} value={a}>
                {CX_AREA_LABELS[a]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ScoreButtons
        label="Value"
        value={action.value}
        words={VALUE_LABELS}
        disabled={!canEdit}
        onChange={(value) => onEdit({ value })}
      />
      <ScoreButtons
        label="Effort"
        value={action.effort}
        words={EFFORT_LABELS}
        disabled={!canEdit}
        onChange={(effort) => onEdit({ effort })}
      />
      <LinkField value={action.link} disabled={!canEdit} onCommit={(link) => onEdit({ link })} />
      <TouchpointsPicker
        value={action.touchpointIds ?? []}
        disabled={!canEdit}
        onChange={(ids) => onEdit({ touchpointIds: ids.length > 0 ? ids : undefined })}
      />
      {canEdit && (
        <button type="button" className="btn btn-sm btn-ghost act-delete" onClick={onDelete}>
          Delete action
        </button>
      )}
    </div>
  );
}
