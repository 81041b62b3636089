import { useRef } from 'react';
import { Icon } from '../../ui/Icon';
import { NOTE_KIND_TRAITS } from '../../../model';
import { Popover } from '../facilitation/Popover';
import { useGoToAnchor } from '../comments/useGoToAnchor';
import { overdueLine } from './overdueFlag';
import { useOverdueActions } from './useOverdueActions';

/** "(clock) 2 overdue" in the header (only when some are): opens the list; a click goes to the note. */
export function OverduePill({ open, onOpen }: { open: boolean; onOpen: (open: boolean) => void }) {
  const items = useOverdueActions();
  const anchor = useRef<HTMLButtonElement>(null);
  const goTo = useGoToAnchor();
  if (items.length === 0) return null;
  const label = `${items.length} overdue action${items.length === 1 ? '' : 's'}`;
  return (
    <span className="prog-anchor">
      <button
        ref={anchor}
        type="button"
        className={`btn btn-sm overdue-pill${open ? ' is-active' : ''}`}
        aria-label={label}
        aria-expanded={open}
        data-testid="overdue-pill"
        data-count={items.length}
        title="Actions past their due date"
        onClick={() => onOpen(!open)}
      >
        <Icon name="clock" size={12} />
        {items.length}
        <span className="prog-long"> overdue</span>
      </button>
      {open && (
        <Popover
          label="Overdue actions"
          anchor={anchor}
          onClose={() => onOpen(false)}
          className="prog-popover"
          testId="overdue-list"
        >
          <p className="prog-pop-title">{label}</p>
          <ul className="prog-list">
            {items.map(({ action, note }) => (
              <li key={action.id}>
                <button
                  type="button"
                  className="prog-item"
                  onClick={() => {
                    goTo({ kind: 'note', id: action.noteId });
                    onOpen(false);
                  }}
                >
                  <span className="prog-item-title">{overdueLine(action)}</span>
                  {note && (
                    <span className="prog-item-sub">
                      {NOTE_KIND_TRAITS[note.kind].label}: {note.text || 'Untitled'}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </Popover>
      )}
    </span>
  );
}
