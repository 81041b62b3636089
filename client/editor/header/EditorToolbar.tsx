import { useReactFlow } from '@xyflow/react';
import { ExportButton } from '../../export/ExportButton';
import { fitMap } from '../viewport/fitMap';
import type { CanvasNode, ConnectionEdge } from '../canvas/nodeTypes';
import { NOTE_KIND_TRAITS, NOTE_KINDS } from '../../../model';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { useCanEdit } from '../access/useAccess';

/** The editor's main actions, each with its shortcut in the tooltip. */
export function EditorToolbar() {
  const actions = useEditorActions();
  const flow = useReactFlow<CanvasNode, ConnectionEdge>();
  const canUndo = useEditor((s) => s.canUndo);
  const canRedo = useEditor((s) => s.canRedo);
  // Commenters and viewers get only the view tools (fit, shortcuts).
  const canEdit = useCanEdit();
  return (
    <div
      className="editor-toolbar"
      role="toolbar"
      aria-label="Map tools"
      // A click on a tool leaves the focus where it was (the canvas), as in drawing tools: N, S and
      // the card keys keep working after "Fit". Keyboard users still Tab onto the buttons.
      onMouseDown={(e) => {
        if ((e.target as HTMLElement).closest('button')) e.preventDefault();
      }}
    >
      {canEdit && (
        <>
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => actions.addStage()}
            title="Add stage (S)"
            aria-label="Add stage"
          >
            + Stage
          </button>
          <button
            type="button"
            className="btn btn-sm btn-primary"
            onClick={() => actions.addTouchpoint()}
            title="Add touchpoint (N)"
            aria-label="Add touchpoint"
          >
            + Touchpoint
          </button>
          {NOTE_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="btn btn-sm"
              onClick={() => actions.addNote(kind)}
              title={`Add ${NOTE_KIND_TRAITS[kind].noun}`}
              aria-label={`Add ${NOTE_KIND_TRAITS[kind].noun}`}
            >
              + {NOTE_KIND_TRAITS[kind].label}
            </button>
          ))}
          <span className="toolbar-sep" />
          <button
            type="button"
            className="btn btn-sm btn-ghost"
            onClick={actions.undo}
            disabled={!canUndo}
            title="Undo your last change (Ctrl+Z)"
            aria-label="Undo"
          >
            ↶
          </button>
          <button
            type="button"
            className="btn btn-sm btn-ghost"
            onClick={actions.redo}
            disabled={!canRedo}
            title="Redo (Ctrl+Shift+Z)"
            aria-label="Redo"
          >
            ↷
          </button>
        </>
      )}
      <button
        type="button"
        className="btn btn-sm btn-ghost"
        onClick={() => void fitMap(flow, false)}
        title="Fit map to screen"
      >
        Fit
      </button>
      <button
        type="button"
        className="btn btn-sm btn-ghost"
        onClick={() => actions.showShortcuts(true)}
        title="Keyboard shortcuts (?)"
        aria-label="Keyboard shortcuts"
      >
        ?
      </button>
      <ExportButton />
    </div>
  );
}
