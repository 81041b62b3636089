import { CX_AREA_LABELS, linkHost, NOTE_KIND_TRAITS, type ActionRow, type ActionStatus } from '../../model';
import { Link } from '../app/Link';
import { Icon } from '../ui/Icon';
import { ActionStatusControl } from './ActionStatusControl';
import { formatDue, noteOnMapPath } from './actionDisplay';

interface ActionTableRowProps {
  row: ActionRow;
  today: string;
  saving: boolean;
  onStatus: (row: ActionRow, status: ActionStatus) => void;
}

/** One action: what, its status, who, by when, why it matters, and where it lives. */
export function ActionTableRow({ row, today, saving, onStatus }: ActionTableRowProps) {
  const { action } = row;
  const title = action.title.trim() || 'Untitled action';
  const host = action.link ? linkHost(action.link) : null;
  const owner = action.owner?.trim();
  const hasScores = action.value !== undefined || action.effort !== undefined;
  const toNote = noteOnMapPath(row.mapId, action.noteId);
  return (
    <tr className={row.overdue ? 'is-overdue' : undefined} data-testid="action-row">
      <td className="action-cell-title">
        <Link to={toNote} className="action-title">
          {title}
        </Link>
        <span className="action-context">
          <span className="action-note-kind">{NOTE_KIND_TRAITS[row.noteKind].label}</span>
          {row.stageName && <> · {row.stageName}</>}
          {row.noteText.trim() && <> · “{row.noteText.trim()}”</>}
        </span>
        {action.link && host && (
          <a
            className="action-link"
            href={action.link}
            target="_blank"
            rel="noopener noreferrer"
            title={action.link}
          >
            <Icon name="link" size={12} />
            {host}
          </a>
        )}
      </td>
      <td>
        <ActionStatusControl row={row} saving={saving} onChange={onStatus} />
      </td>
      <td className={owner ? undefined : 'action-muted'}>{owner || 'No owner'}</td>
      <td className="action-cell-due">
        {action.due ? (
          <time dateTime={action.due} className={row.overdue ? 'action-overdue' : undefined}>
            {formatDue(action.due, today)}
            {row.overdue && <span className="action-overdue-tag">Overdue</span>}
          </time>
        ) : (
          <span className="action-muted">—</span>
        )}
      </td>
      <td className={action.cxArea ? undefined : 'action-muted'}>
        {action.cxArea ? CX_AREA_LABELS[action.cxArea] : '—'}
      </td>
      <td className="action-cell-scores">
        {hasScores ? (
          <span title={`Value ${action.value ?? '–'} of 5, effort ${action.effort ?? '–'} of 5`}>
            V {action.value ?? '–'} · E {action.effort ?? '–'}
          </span>
        ) : (
          <span className="action-muted">—</span>
        )}
      </td>
      <td className="action-cell-map">
        <Link to={toNote} className="action-map-link" title={`Open “${row.mapTitle}” at this note`}>
          {row.mapTitle.trim() || 'Untitled journey'}
        </Link>
      </td>
    </tr>
  );
}
