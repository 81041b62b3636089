import './access.css';
import type { Role } from '../../../model';
import { useEditor } from '../EditorContext';
import { useRole } from './useAccess';

const LABELS: Record<Role, string> = { editor: 'Editor', commenter: 'Commenter', viewer: 'Viewer' };
const HINTS: Record<Role, string> = {
  editor: 'You can change this map and comment on it',
  commenter: 'You can comment on this map but not change it',
  viewer: 'You can look at this map but not change or comment on it',
};

/**
 * Says what this tab may do. Commenters and viewers always see it (why the editing tools are
 * missing); an editor only where links decide roles (locked mode), since in open mode everyone is one.
 */
export function RoleBadge() {
  const role = useRole();
  const mode = useEditor((s) => s.access.mode);
  if (role === 'editor' && mode === 'open') return null;
  return (
    <span className={`role-badge role-${role}`} data-testid="role-badge" data-role={role} title={HINTS[role]}>
      {LABELS[role]}
    </span>
  );
}
