import { ACTION_STATUS_TRAITS, ACTION_STATUSES, type ActionRow, type ActionStatus } from '../../model';

interface ActionStatusControlProps {
  row: ActionRow;
  saving: boolean;
  onChange: (row: ActionRow, status: ActionStatus) => void;
}

/** The status as a coloured chip: a select for editors of the map, plain text for everyone else. */
export function ActionStatusControl({ row, saving, onChange }: ActionStatusControlProps) {
  const { status, title } = row.action;
  const traits = ACTION_STATUS_TRAITS[status];
  const style = { background: traits.colors.fill, color: traits.colors.text };
  if (!row.canEdit) {
    return (
      <span
        className="action-status-chip"
        style={style}
        title="View only: your access to this map cannot change it"
      >
        {traits.label}
      </span>
    );
  }
  return (
    <select
      className="action-status-select"
      style={style}
      aria-label={`Status of “${title || 'Untitled action'}”`}
      aria-busy={saving || undefined}
      value={status}
      onChange={(event) => onChange(row, event.target.value as ActionStatus)}
    >
      {ACTION_STATUSES.map((s) => (
        <option key={s} value={s}>
          {ACTION_STATUS_TRAITS[s].label}
        </option>
      ))}
    </select>
  );
}
