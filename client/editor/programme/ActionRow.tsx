import { useId } from 'react';
import {
  ACTION_STATUS_TRAITS,
  ACTION_STATUSES,
  ACTION_TITLE_MAX,
  isOverdue,
  type Action,
  type ActionStatus,
} from '../../../model';
import { useCollabText } from '../text/useCollabText';
import { useEditingField } from '../presence/useEditingField';
import { useEditorActions } from '../useEditorActions';
import { ActionDetails } from './ActionDetails';
import { LinkChip } from './LinkField';

/**
 * One action in the note panel: status, title typed in place (collaborative text: Enter adds the
 * next action), owner, due date (red once overdue) and link; its other fields unfold below.
 */
export function ActionRow({
  action,
  today,
  canEdit,
  expanded,
  autoFocus,
  onToggle,
  onEnter,
}: {
  action: Action;
  today: string;
  canEdit: boolean;
  expanded: boolean;
  /** Just added here: the caret goes into its title at once. */
  autoFocus: boolean;
  onToggle: () => void;
  onEnter: () => void;
}) {
  const actions = useEditorActions();
  const titleId = useId();
  const binding = useCollabText({ kind: 'action', id: action.id, field: 'title' });
  const editing = useEditingField(`Action ${action.id}`);
  const late = isOverdue(action, today);
  const colors = ACTION_STATUS_TRAITS[action.status].colors;
  const edit = (patch: Parameters<typeof actions.updateAction>[1]) => actions.updateAction(action.id, patch);
  return (
    <li
      className={`act-row${expanded ? ' is-expanded' : ''}${late ? ' is-overdue' : ''}`}
      data-testid="action-row"
      data-action-id={action.id}
    >
      <div className="act-line">
        <input
          {...binding}
          id={titleId}
          className="act-title"
          type="text"
          aria-label="Action title"
          placeholder="What will be done?"
          maxLength={ACTION_TITLE_MAX}
          readOnly={!canEdit}
          autoComplete="off"
          autoFocus={autoFocus}
          onFocus={editing.onFocus}
          onBlur={editing.onBlur}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              if (canEdit) onEnter();
            } else if (e.key === 'Escape') e.currentTarget.blur();
          }}
        />
        <button
          type="button"
          className="act-expand"
          aria-expanded={expanded}
          aria-label={expanded ? 'Hide the action’s details' : 'Show the action’s details'}
          title={expanded ? 'Less' : 'Owner, due date, scores, link…'}
          onClick={onToggle}
        >
          {expanded ? '▾' : '▸'}
        </button>
      </div>
      <div className="act-meta">
        <select
          className="act-status"
          aria-label="Status"
          value={action.status}
          disabled={!canEdit}
          style={{ background: colors.fill, color: colors.text }}
          onChange={(e) => edit({ status: e.target.value as ActionStatus })}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ACTION_STATUS_TRAITS[s].label}
            </option>
          ))}
        </select>
        <span className={action.owner ? 'act-owner' : 'act-owner is-missing'}>
          {action.owner ?? 'No owner'}
        </span>
        {action.due && (
          <span className={`act-due${late ? ' is-overdue' : ''}`} data-testid="action-due">
            {late ? `Overdue since ${action.due}` : `Due ${action.due}`}
          </span>
        )}
        {action.value !== undefined && action.effort !== undefined && (
          <span className="act-score" title="Value / effort">
            V{action.value} · E{action.effort}
          </span>
        )}
        {action.link && <LinkChip link={action.link} />}
      </div>
      {expanded && (
        <ActionDetails
          action={action}
          canEdit={canEdit}
          onEdit={edit}
          onDelete={() => actions.deleteAction(action.id)}
        />
      )}
    </li>
  );
}
