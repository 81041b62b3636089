import { Dialog } from '../../ui/Dialog';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { useCanEdit } from '../access/useAccess';
import { ShortcutsList } from './ShortcutsList';

/** The "?" sheet: every keyboard shortcut of the editor, in a dialog. Open while shortcutsOpen is set. */
export function ShortcutsSheet() {
  const open = useEditor((s) => s.shortcutsOpen);
  const actions = useEditorActions();
  const canEdit = useCanEdit();
  if (!open) return null;
  const close = () => actions.showShortcuts(false);
  return (
    <Dialog
      title="Keyboard shortcuts"
      description={`Ctrl is Cmd on a Mac.${canEdit ? ' Undo only ever takes back your own edits.' : ''}`}
      size="sm"
      onClose={close}
      footer={
        <button type="button" className="btn btn-primary" onClick={close} data-autofocus>
          Close
        </button>
      }
    >
      <ShortcutsList titled={false} />
    </Dialog>
  );
}
