import { useEditor } from '../../EditorContext';
import { selectedRecordId, type EditorState, type InPlaceEdit } from '../../store/editorStore';

/**
 * What a card shows beyond its content: its text being typed on it (`edit`), the quick bar under it
 * (selected alone by an editor, not mid-drag, not on a previewed version), or neither. One narrow subscription per card: the
 * answer changes only for the card concerned.
 */
export function useCardUi(id: string): { edit: InPlaceEdit | null; bar: boolean } {
  const edit = useEditor((s) => (s.editing?.id === id ? s.editing : null));
  const bar = useEditor((s) => showsBar(s, id));
  return { edit, bar };
}

function showsBar(s: EditorState, id: string): boolean {
  return (
    selectedRecordId(s.selection) === id &&
    s.drag === null &&
    s.access.role === 'editor' &&
    s.preview === null
  );
}
