import { useId, useMemo } from 'react';
import { PanelField } from '../text/PanelField';
import { DeleteFooter } from './DeleteFooter';
import { CardLockToggle } from '../facilitation/CardLockToggle';
import { CX_AREA_LABELS, CX_AREAS, NOTE_KIND_TRAITS, TEXT_FIELDS, type CxArea } from '../../../model';
import { noteColors } from '../../ui/noteColors';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { useCanEdit } from '../access/useAccess';
import { DraftField } from './DraftField';
import { FiveWhys } from './FiveWhys';
import { CollabTextField } from '../text/CollabTextField';
import { NoteFollowUp } from '../programme/NoteFollowUp';

/** A pain point or opportunity: its text, CX area (opportunities only) and linked touchpoint. */
export function NotePanel({ id }: { id: string }) {
  const note = useEditor((s) => s.map?.notes.find((n) => n.id === id));
  const stageName = useEditor((s) => s.map?.stages.find((st) => st.id === note?.stageId)?.name);
  const touchpoints = useEditor((s) => s.map?.touchpoints);
  const actions = useEditorActions();
  const canEdit = useCanEdit();
  const areaId = useId();
  const linkId = useId();
  // Notes live on a stage, so only that stage's touchpoints make sense as a link (plus the current
  // one, which may have moved away since, so the select never shows a blank).
  const candidates = useMemo(
    () => (touchpoints ?? []).filter((t) => t.stageId === note?.stageId || t.id === note?.touchpointId),
    [touchpoints, note?.stageId, note?.touchpointId],
  );
  if (!note) return null;
  const kind = NOTE_KIND_TRAITS[note.kind];

  return (
    <div className="sp-content" data-testid="note-panel">
      <section className="sp-section">
        <p className="sp-context">
          <span className={`sp-note-chip note-colors note-${note.kind}`} style={noteColors(note.kind)}>
            {kind.label}
          </span>
          {stageName !== undefined && <> in {stageName || 'Untitled stage'}</>}
        </p>
        <CollabTextField
          label="Text"
          target={{ kind: 'note', id, field: 'text' }}
          multiline
          rows={4}
          maxLength={TEXT_FIELDS.notes.text}
          placeholderText={kind.newText}
        />
        {kind.actionable && (
          <PanelField label="CX area" htmlFor={areaId}>
            <select
              id={areaId}
              className="input"
              value={note.cxArea ?? ''}
              onChange={(e) =>
                actions.updateNote(id, { cxArea: (e.target.value || undefined) as CxArea | undefined })
              }
            >
              <option value="">None</option>
              {CX_AREAS.map((a) => (
                <option key={a} value={a}>
                  {CX_AREA_LABELS[a]}
                </option>
              ))}
            </select>
            <p className="sp-hint">Which of Forrester’s four CX areas this {kind.noun} serves.</p>
          </PanelField>
        )}
        {kind.actionable && (
          <DraftField
            label="Owner"
            value={note.owner ?? ''}
            maxLength={120}
            placeholder="Who takes it forward?"
            onCommit={(text) => actions.updateNote(id, { owner: text.trim() || undefined })}
          />
        )}
        <PanelField label="Linked touchpoint" htmlFor={linkId}>
          <select
            id={linkId}
            className="input"
            value={note.touchpointId ?? ''}
            onChange={(e) => actions.updateNote(id, { touchpointId: e.target.value || undefined })}
          >
            <option value="">None</option>
            {candidates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title || 'Untitled touchpoint'}
              </option>
            ))}
          </select>
          {canEdit && candidates.length === 0 && (
            <p className="sp-hint">This stage has no touchpoints to link.</p>
          )}
        </PanelField>
      </section>
      {/* Commenters and viewers get the whys someone wrote, not an empty invitation to ask them. */}
      {kind.hasWhys && (canEdit || (note.whys?.length ?? 0) > 0) && (
        <FiveWhys noteId={id} whys={note.whys ?? []} />
      )}
      <NoteFollowUp id={id} />
      <CardLockToggle id={id} locked={note.locked === true} />
      <DeleteFooter label={`Delete ${kind.noun}`} onDelete={() => actions.deleteNote(id)} />
    </div>
  );
}
