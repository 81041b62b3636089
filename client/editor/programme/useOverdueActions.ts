import { useMemo } from 'react';
import { isOverdue, type Action, type Note } from '../../../model';
import { useEditor } from '../EditorContext';
import { useToday } from './useToday';

/** An overdue action with the note that holds it, for the header's list. */
export interface OverdueItem {
  readonly action: Action;
  readonly note: Note | undefined;
}

/** The map's overdue actions, most overdue first; recomputed when the map changes or the day turns. */
export function useOverdueActions(): readonly OverdueItem[] {
  const actions = useEditor((s) => s.map?.actions);
  const notes = useEditor((s) => s.map?.notes);
  const today = useToday();
  return useMemo(() => {
    const byId = new Map((notes ?? []).map((n) => [n.id, n]));
    return (actions ?? [])
      .filter((a) => isOverdue(a, today))
      .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''))
      .map((action) => ({ action, note: byId.get(action.noteId) }));
  }, [actions, notes, today]);
}
