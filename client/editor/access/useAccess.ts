import type { Role } from '../../../model';
import { useEditor } from '../EditorContext';
import { selectCanComment, selectCanEdit } from '../store/editorStore';

/** Whether this tab may change the map: editing controls show only then. */
export function useCanEdit(): boolean {
  return useEditor(selectCanEdit);
}

/** Whether this tab may write comments (editors and commenters). */
export function useCanComment(): boolean {
  return useEditor(selectCanComment);
}

export function useRole(): Role {
  return useEditor((s) => s.access.role);
}
