import { useMemo } from 'react';
import { useSession } from './EditorContext';
import { createEditorActions, type EditorActions } from './editorActions';

/** The editor's commands bound to the open map. Stable for the session's lifetime. */
export function useEditorActions(): EditorActions {
  const session = useSession();
  return useMemo(() => createEditorActions(session), [session]);
}
