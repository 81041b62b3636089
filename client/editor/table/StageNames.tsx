import type * as model from '../../../model';
import { useEditorActions } from '../useEditorActions';
import { CellText } from './CellText';

/** The map's stages by name, renamed in place and added at the end: a map built with no canvas. */
export function StageNames({ stages, canEdit }: { stages: readonly model.Stage[]; canEdit: boolean }) {
  const actions = useEditorActions();
  return (
    <ol className="table-stages" aria-label="Stages">
      {stages.map((s, i) => (
        <li key={s.id}>
          <span className="table-stage-num" aria-hidden="true">
            {String(i + 1).padStart(2, '0')}
          </span>
          {canEdit ? (
            <CellText
              value={s.name}
              label={`Stage ${i + 1} name`}
              onCommit={(name) => actions.renameStage(s.id, name)}
            />
          ) : (
            s.name
          )}
        </li>
      ))}
      {canEdit && (
        <li>
          <button type="button" className="btn btn-sm" onClick={() => actions.addStage()}>
            + Stage
          </button>
        </li>
      )}
    </ol>
  );
}
