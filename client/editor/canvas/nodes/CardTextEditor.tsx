import './cardEditing.css';
import { TEXT_FIELDS } from '../../../../model';
import { useEditorActions } from '../../useEditorActions';
import { useInPlaceText, type InPlaceEnd } from '../../text/useInPlaceText';
import type { InPlaceEdit } from '../../store/editorStore';
import { focusCard } from '../focusCard';
import { useEditingField } from '../../presence/useEditingField';

/**
 * A card's title (touchpoint) or text (note) typed on the card itself. Enter keeps it and leaves the
 * card selected with the focus on the canvas (so P sets the channel, -2 the emotion); Escape takes
 * back the typing; Tab goes on to the channel picker under the card.
 */
export function CardTextEditor({ edit, label }: { edit: InPlaceEdit; label: string }) {
  const actions = useEditorActions();
  const note = edit.kind === 'note';
  const onEnd = (how: InPlaceEnd) => {
    actions.stopEditing();
    if (how === 'blur') return;
    // The quick bar stands under the card while it is edited, so its channel button is there now.
    if (how === 'tab' && !note && focusCard(edit.id, 'channel')) return;
    focusCard(edit.id);
  };
  // Others see "<name> is editing…" under the same field in their side panel.
  const presence = useEditingField(note ? 'Text' : 'Title');
  const field = useInPlaceText(
    note ? { kind: 'note', id: edit.id, field: 'text' } : { kind: 'touchpoint', id: edit.id, field: 'title' },
    { selectAll: edit.selectAll, multiline: note, onEnd },
  );
  return (
    <textarea
      {...field}
      onFocus={presence.onFocus}
      onBlur={() => {
        presence.onBlur();
        field.onBlur();
      }}
      className={`card-text-input nodrag nopan nowheel${note ? ' is-note' : ''}`}
      aria-label={label}
      rows={note ? 3 : 2}
      maxLength={note ? TEXT_FIELDS.notes.text : TEXT_FIELDS.touchpoints.title}
      spellCheck
    />
  );
}
