import { useState } from 'react';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { useCanEdit } from '../access/useAccess';

/** The map's title, editable in place (Enter saves, Escape cancels); synced like any edit. */
export function MapTitle() {
  const title = useEditor((s) => s.map?.info.title ?? '');
  const persona = useEditor((s) => s.map?.info.persona ?? '');
  const actions = useEditorActions();
  const [draft, setDraft] = useState<string | null>(null);
  const canEdit = useCanEdit();
  const save = () => {
    if (draft !== null && draft.trim() && draft !== title) actions.setMapInfo({ title: draft.trim() });
    setDraft(null);
  };
  return (
    <div className="map-title-block">
      {draft === null ? (
        <button
          type="button"
          className={`map-title${canEdit ? '' : ' is-readonly'}`}
          title={canEdit ? 'Rename map' : undefined}
          onClick={() => {
            if (canEdit) setDraft(title);
          }}
          data-testid="editor-map-title"
        >
          {title || 'Untitled journey'}
        </button>
      ) : (
        <input
          className="map-title-input"
          aria-label="Map title"
          autoFocus
          value={draft}
          maxLength={200}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      )}
      {persona && <div className="map-persona">{persona}</div>}
    </div>
  );
}
