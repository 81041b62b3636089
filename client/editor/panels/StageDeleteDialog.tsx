import { useEffect, useId, useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { StageDeleteChoice } from './StageDeleteChoice';

/**
 * Asks what happens to a stage's touchpoints and notes before deleting it: moved to another stage
 * (the neighbour by default) or deleted too. Nothing is ever orphaned. Open while deletingStageId is set.
 */
export function StageDeleteDialog() {
  const stageId = useEditor((s) => s.deletingStageId);
  if (!stageId) return null;
  // Keyed, so the choice made for one stage never carries over to the next dialog.
  return <StageDeleteForm key={stageId} stageId={stageId} />;
}

function StageDeleteForm({ stageId }: { stageId: string }) {
  const actions = useEditorActions();
  const stages = useEditor((s) => s.map?.stages);
  const touchpointCount = useEditor(
    (s) => s.map?.touchpoints.filter((t) => t.stageId === stageId).length ?? 0,
  );
  const noteCount = useEditor((s) => s.map?.notes.filter((n) => n.stageId === stageId).length ?? 0);
  const formId = useId();
  const at = stages?.findIndex((s) => s.id === stageId) ?? -1;
  const stage = stages?.[at];
  // The model's default target: the stage before, else the one after.
  const neighbour = stages?.[at - 1] ?? stages?.[at + 1];
  const [mode, setMode] = useState<'move' | 'delete'>('move');
  const [target, setTarget] = useState<string | undefined>(neighbour?.id);

  const close = () => actions.askDeleteStage(null);
  const gone = !stage;
  // A colleague deleted the stage while the dialog was open: nothing left to ask.
  useEffect(() => {
    if (gone) actions.askDeleteStage(null);
  }, [gone, actions]);
  if (!stages || !stage) return null;
  const others = stages.filter((s) => s.id !== stageId);
  const empty = touchpointCount + noteCount === 0;
  const canMove = others.length > 0 && !empty;
  const moveTo = others.some((s) => s.id === target) ? target : neighbour?.id;

  const confirm = () => {
    if (canMove && mode === 'move' && moveTo)
      actions.deleteStage(stageId, { touchpoints: 'move', to: moveTo });
    else actions.deleteStage(stageId, { touchpoints: 'delete' });
    close();
  };

  return (
    <Dialog
      title={`Delete stage “${stage.name || 'Untitled stage'}”?`}
      description={describe(touchpointCount, noteCount, others.length === 0)}
      size="sm"
      className="stage-delete-dialog"
      onClose={close}
      footer={
        <>
          <button type="button" className="btn" onClick={close} data-autofocus>
            Cancel
          </button>
          <button type="button" className="btn btn-danger" onClick={confirm}>
            Delete stage
          </button>
        </>
      }
    >
      {canMove ? (
        <StageDeleteChoice
          name={formId}
          mode={mode}
          onMode={setMode}
          stages={others}
          target={moveTo}
          onTarget={setTarget}
        />
      ) : undefined}
    </Dialog>
  );
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The consequence in words: what the stage holds and, when it is the last, that it all goes. */
function describe(touchpoints: number, notes: number, onlyStage: boolean): string {
  if (touchpoints + notes === 0) return 'The stage is empty. You can undo this with Ctrl+Z.';
  const holds = `It holds ${plural(touchpoints, 'touchpoint', 'touchpoints')} and ${plural(notes, 'note', 'notes')}.`;
  return onlyStage ? `${holds} It is the only stage, so they will be deleted with it.` : holds;
}
