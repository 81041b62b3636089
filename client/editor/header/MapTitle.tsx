import { useState } from 'react';
import { META_TEXT_FIELDS } from '../../../model';
import { useEditor } from '../EditorContext';
import { useCanEdit } from '../access/useAccess';
import { useInPlaceText } from '../text/useInPlaceText';

/** The map's title, editable in place (Enter or leaving the field keeps it, Escape takes back your typing). */
export function MapTitle() {
  const title = useEditor((s) => s.map?.info.title ?? '');
  const persona = useEditor((s) => s.map?.info.persona ?? '');
  const [editing, setEditing] = useState(false);
  const canEdit = useCanEdit();
  return (
    <div className="map-title-block">
      {editing && canEdit ? (
        <MapTitleInput onDone={() => setEditing(false)} />
      ) : (
        <button
          type="button"
          className={`map-title${canEdit ? '' : ' is-readonly'}`}
          title={canEdit ? 'Rename map' : undefined}
          onClick={() => {
            if (canEdit) setEditing(true);
          }}
          data-testid="editor-map-title"
        >
          {title || 'Untitled journey'}
        </button>
      )}
      {persona && <div className="map-persona">{persona}</div>}
    </div>
  );
}

function MapTitleInput({ onDone }: { onDone: () => void }) {
  const field = useInPlaceText({ kind: 'map', field: 'title' }, { selectAll: true, onEnd: onDone });
  return (
    <input
      {...field}
      className="map-title-input"
      aria-label="Map title"
      placeholder="Untitled journey"
      maxLength={META_TEXT_FIELDS.title}
    />
  );
}
