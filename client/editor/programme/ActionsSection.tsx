import './programme.css';
import { useId, useMemo, useState } from 'react';
import { countMapActions, NOTE_KIND_TRAITS } from '../../../model';
import { useEditor } from '../EditorContext';
import { useCanEdit } from '../access/useAccess';
import { useEditorActions } from '../useEditorActions';
import { ActionRow } from './ActionRow';
import { useToday } from './useToday';

/**
 * The note panel's actions (opportunities and pain points hold them): the list, and "Add action",
 * which puts the caret in the new action's title at once (Enter there adds the next one). Viewers
 * and commenters read them.
 */
export function ActionsSection({ noteId }: { noteId: string }) {
  const kind = useEditor((s) => s.map?.notes.find((n) => n.id === noteId)?.kind);
  const all = useEditor((s) => s.map?.actions);
  const list = useMemo(() => (all ?? []).filter((a) => a.noteId === noteId), [all, noteId]);
  const canEdit = useCanEdit();
  const actions = useEditorActions();
  const today = useToday();
  const headingId = useId();
  const [expanded, setExpanded] = useState<string | null>(null);
  // autoFocus acts when a row mounts only: a later render never pulls the caret back.
  const [focusId, setFocusId] = useState<string | null>(null);
  if (!kind || !NOTE_KIND_TRAITS[kind].holdsActions) return null;
  const counts = countMapActions(list, today);
  const add = () => {
    const id = actions.addAction(noteId);
    if (id) setFocusId(id);
  };
  return (
    <section className="sp-section act-section" aria-labelledby={headingId} data-testid="actions-section">
      <h3 className="sp-section-title" id={headingId}>
        Actions
        {list.length > 0 && (
          <span className="act-count">
            {counts.open} open
            {counts.overdue > 0 && <span className="act-count-late"> · {counts.overdue} overdue</span>}
          </span>
        )}
      </h3>
      {list.length === 0 ? (
        <p className="sp-hint">
          {canEdit
            ? `No actions yet. What will someone do about this ${NOTE_KIND_TRAITS[kind].noun}, and by when?`
            : 'No actions yet.'}
        </p>
      ) : (
        <ul className="act-list">
          {list.map((a) => (
            <ActionRow
              key={a.id}
              action={a}
              today={today}
              canEdit={canEdit}
              expanded={expanded === a.id}
              autoFocus={focusId === a.id}
              onToggle={() => setExpanded(expanded === a.id ? null : a.id)}
              onEnter={add}
            />
          ))}
        </ul>
      )}
      {canEdit && (
        <button type="button" className="btn btn-sm act-add" onClick={add}>
          + Add action
        </button>
      )}
    </section>
  );
}
