import { useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import { ExportButton } from '../../export/ExportButton';
import { ImportSheetButton } from './ImportSheetButton';
import { SaveTemplateButton } from './SaveTemplateButton';
import { DataFeedsButton } from '../dataFeeds/DataFeedsButton';
import { VariantToggle } from './VariantToggle';
import { startFutureState } from '../actions/futureActions';
import { fitMap } from '../viewport/fitMap';
import type { CanvasNode, ConnectionEdge } from '../canvas/nodeTypes';
import { useEditor, useSession } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { useCanEdit } from '../access/useAccess';
import { createEmotionKeys } from '../cardKeys';
import { togglePanelCollapsed } from '../panels/panelCollapsed';
import { runAction, TOOLBAR } from '../actions/registry';
import { isMac, keyText } from '../actions/keyCaps';
import type { ActionContext, EditorAction } from '../actions/types';

/** The editor's main actions, from the registry (actions/), each with its shortcut in the tooltip. */
export function EditorToolbar() {
  const { store } = useSession();
  const actions = useEditorActions();
  const flow = useReactFlow<CanvasNode, ConnectionEdge>();
  const ctx = useMemo<ActionContext>(
    () => ({
      store,
      actions,
      screen: { fit: () => void fitMap(flow, false), togglePanel: togglePanelCollapsed },
      emotionKeys: createEmotionKeys(),
    }),
    [store, actions, flow],
  );
  // Commenters and viewers get only the view tools (fit, shortcuts).
  const canEdit = useCanEdit();
  // The table has no viewport: "Fit" belongs to the canvas.
  const onCanvas = useEditor((s) => s.view === 'canvas');
  const viewTools = onCanvas ? TOOLBAR.view : TOOLBAR.view.filter((a) => a.id !== 'fitMap');
  const button = (action: EditorAction) => <ToolButton key={action.id} action={action} ctx={ctx} />;
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
          {TOOLBAR.edit.map(button)}
          <span className="toolbar-sep" />
          {TOOLBAR.history.map(button)}
        </>
      )}
      {viewTools.map(button)}
      <VariantToggle />
      {canEdit && <StartFutureButton ctx={ctx} />}
      <ExportButton />
      <SaveTemplateButton />
      <ImportSheetButton />
      <DataFeedsButton />
    </div>
  );
}

/** One action's button: its label names it; the tooltip adds its first key. */
function ToolButton({ action, ctx }: { action: EditorAction; ctx: ActionContext }) {
  const look = action.toolbar;
  const disabled = useEditor((s) => look?.disabled?.(s) ?? false);
  if (!look) return null;
  const key = action.keys?.find((k) => k.test)?.keys;
  const tip = look.tip ?? action.label;
  return (
    <button
      type="button"
      className={look.className}
      onClick={() => void runAction(action, ctx)}
      disabled={disabled}
      title={key ? `${tip} (${keyText(key, isMac())})` : tip}
      aria-label={action.label}
    >
      {look.text}
    </button>
  );
}

/** "Start future state" until the map holds one (then the Current | Future | Both toggle shows). */
function StartFutureButton({ ctx }: { ctx: ActionContext }) {
  const has = useEditor((s) => s.map?.settings.futureState === true);
  return has ? null : <ToolButton action={startFutureState} ctx={ctx} />;
}
