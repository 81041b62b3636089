import './presence.css';
import { useEditor } from '../EditorContext';
import { selectedRecordId } from '../store/editorStore';
import { usePeersEditing } from './usePeersEditing';

/**
 * "Bob is editing…" under a side-panel field someone else is typing in. In a collaborative text field
 * (`merges`) everyone's typing is kept, so it is only company; in a plain field (an owner, a number)
 * the last write wins, so it is the warning before two people overwrite each other.
 */
export function FieldEditors({ field, merges = false }: { field: string; merges?: boolean }) {
  const recordId = useEditor((s) => selectedRecordId(s.selection) ?? 'map');
  const users = usePeersEditing(recordId, field);
  const first = users[0];
  if (!first) return null;
  const names = users.map((u) => u.name);
  const last = names.pop() ?? '';
  const text = names.length === 0 ? `${last} is editing…` : `${names.join(', ')} and ${last} are editing…`;
  return (
    <p
      className="field-editors"
      style={{ ['--peer' as string]: first.color }}
      role="status"
      data-testid="field-editors"
      title={
        merges
          ? 'Everyone can type here at once; everyone’s typing is kept.'
          : 'Everyone can type here at once; the last change written wins.'
      }
    >
      <span className="field-editors-dots" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      {text}
    </p>
  );
}
