import { NOTE_KIND_TRAITS } from '../../../model';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { ActionsSection } from './ActionsSection';
import { EvidenceSelect } from './EvidenceSelect';

/** What the note panel adds for issue 19: a pain point's evidence, then the note's actions. */
export function NoteFollowUp({ id }: { id: string }) {
  const note = useEditor((s) => s.map?.notes.find((n) => n.id === id));
  const actions = useEditorActions();
  if (!note) return null;
  return (
    <>
      {NOTE_KIND_TRAITS[note.kind].isPain && (
        <section className="sp-section">
          <EvidenceSelect
            id={id}
            value={note.evidence}
            onChange={(evidence) => actions.updateNote(id, { evidence })}
          />
        </section>
      )}
      <ActionsSection noteId={id} />
    </>
  );
}

/** The touchpoint panel's evidence field (a card with data counts as measured). */
export function TouchpointEvidence({ id }: { id: string }) {
  const value = useEditor((s) => s.map?.touchpoints.find((t) => t.id === id)?.evidence);
  const actions = useEditorActions();
  return (
    <EvidenceSelect
      id={id}
      value={value}
      onChange={(evidence) => actions.updateTouchpoint(id, { evidence })}
    />
  );
}
