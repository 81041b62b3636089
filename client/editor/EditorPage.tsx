import { useEffect, useMemo, useState } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './editor.css';
import { checkAccess } from './access/checkAccess';
import { readShareToken } from './access/shareToken';
import { EditorContext, useEditor } from './EditorContext';
import { MapCanvas } from './canvas/MapCanvas';
import { EditorHeader } from './header/EditorHeader';
import { SidePanel } from './panels/SidePanel';
import { StageDeleteDialog } from './panels/StageDeleteDialog';
import { ShortcutsSheet } from './panels/ShortcutsSheet';
import { LedgerReport } from './insights/ledger/LedgerReport';
import { createMapSession, type MapSession } from './session/createMapSession';
import { useEditorActions } from './useEditorActions';
import { useEditorShortcuts } from './useEditorShortcuts';
import { useClipboard } from './useClipboard';
import { useSession } from './EditorContext';
import { EditorNotice } from './EditorNotice';
import { CursorsLayer } from './presence/CursorsLayer';
import { FollowBanner } from './presence/FollowBanner';
import { NamePrompt } from './presence/NamePrompt';
import { useCanEdit } from './access/useAccess';
import { NewerSchemaNotice } from './access/NewerSchemaNotice';
import { CommentsPanel } from './comments/CommentsPanel';
import { HubsPanel } from './insights/HubsPanel';
import { HistoryPanel } from './history/HistoryPanel';
import { HistoryBanner } from './history/HistoryBanner';
import { FocusFromUrl } from './comments/FocusFromUrl';
import { ReadProblemsNotice } from './problems/ReadProblemsNotice';
import { OpenServerBanner } from '../ui/OpenServerBanner';
import { PanelToggle } from './panels/PanelToggle';
import { togglePanelCollapsed, usePanelCollapsed } from './panels/panelCollapsed';
import type { ScreenControls } from './actions/types';
import { fitMap } from './viewport/fitMap';
import { TableView } from './table/TableView';
import { PresentationLayer } from './present/PresentationLayer';
import { PresenterPanel } from './present/PresenterPanel';
import { presentationMode } from './store/presentationState';
import { LinksLoader } from './links/LinksLoader';

/**
 * Opens one map: a session (Y.Doc + websocket + IndexedDB + store) for as long as the page shows it.
 * The local copy lets the map open offline; the server check tells a deleted map from a slow network.
 */
export function EditorPage({ mapId }: { mapId: string }) {
  const [session, setSession] = useState<MapSession | null>(null);
  const [missing, setMissing] = useState(false);
  const [denied, setDenied] = useState<{ title: string; message: string } | null>(null);

  useEffect(() => {
    // The access check comes first: a refused share link never opens a socket, so nothing is
    // written with it. (Offline, the check falls back to the last known access: see checkAccess.)
    const token = readShareToken(mapId);
    const ctrl = new AbortController();
    let s: MapSession | null = null;
    checkAccess(mapId, token, ctrl.signal).then(
      (result) => {
        if (ctrl.signal.aborted) return;
        if (result.kind === 'missing') setMissing(true);
        else if (result.kind === 'denied') setDenied(result);
        else {
          // The session owns websockets and an IndexedDB handle, so it is created here (not during
          // render) and handed to React once; StrictMode's double effect destroys the first cleanly.
          s = createMapSession(mapId, { token, access: result.access });
          setSession(s);
        }
      },
      () => undefined, // aborted: the page went away
    );
    return () => {
      ctrl.abort();
      s?.destroy();
    };
  }, [mapId]);

  if (missing) {
    return <EditorNotice title="Map not found" text="This map does not exist or was deleted." />;
  }
  if (denied) return <EditorNotice title={denied.title} text={denied.message} />;
  if (!session) return null;
  return (
    <EditorContext.Provider value={session}>
      <ReactFlowProvider>
        <EditorLayout />
      </ReactFlowProvider>
    </EditorContext.Provider>
  );
}

function EditorLayout() {
  const { store } = useSession();
  const actions = useEditorActions();
  const flow = useReactFlow();
  // The screen's own controls, for the actions that reach them (Fit, the panel's key).
  const screen = useMemo<ScreenControls>(
    () => ({ fit: () => void fitMap(flow, false), togglePanel: togglePanelCollapsed }),
    [flow],
  );
  useEditorShortcuts(actions, store, screen);
  useClipboard(actions, store);
  const panelCollapsed = usePanelCollapsed();
  const loaded = useEditor((s) => s.loaded);
  const fatal = useEditor((s) => s.fatal);
  const error = useEditor((s) => s.error);
  const hasStages = useEditor((s) => (s.map?.stages.length ?? 0) > 0);
  const canEdit = useCanEdit();
  const commentsOpen = useEditor((s) => s.commentsTab !== null);
  const hubsOpen = useEditor((s) => s.hubsOpen);
  const historyOpen = useEditor((s) => s.historyOpen);
  // Presenting or following a presentation: the canvas only, without the editor's chrome.
  const presenting = useEditor((s) => presentationMode(s.presentation));
  const table = useEditor((s) => s.view === 'table') && presenting === 'off';

  if (fatal) return <EditorNotice title="Map unavailable" text={fatal} />;
  return (
    <div className={`editor${presenting === 'off' ? '' : ' is-presenting'}`}>
      <OpenServerBanner compact />
      <LinksLoader />
      <EditorHeader />
      <div className="editor-body">
        <main className="editor-main">
          {loaded && table ? (
            <TableView />
          ) : loaded ? (
            <MapCanvas />
          ) : (
            <div className="editor-loading" role="status">
              Loading map…
            </div>
          )}
          {loaded && !table && <CursorsLayer />}
          <FollowBanner />
          {loaded && !table && <PresentationLayer />}
          {loaded && <HistoryBanner />}
          {loaded && <FocusFromUrl />}
          {loaded && <ReadProblemsNotice />}
          <NewerSchemaNotice />
          {loaded && !table && !hasStages && (
            <div className="canvas-empty">
              <p>This map has no stages yet.</p>
              {canEdit && (
                <button type="button" className="btn btn-primary" onClick={() => actions.addStage()}>
                  Add the first stage
                </button>
              )}
            </div>
          )}
          {error && (
            <div className="editor-toast" role="alert">
              {error}
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                onClick={actions.clearError}
                aria-label="Dismiss"
              >
                ✕
              </button>
            </div>
          )}
        </main>
        {!commentsOpen && !hubsOpen && !historyOpen && <PanelToggle />}
        {presenting === 'presenting' ? (
          <PresenterPanel />
        ) : historyOpen ? (
          <HistoryPanel />
        ) : commentsOpen ? (
          <CommentsPanel />
        ) : hubsOpen ? (
          <HubsPanel />
        ) : (
          !panelCollapsed && <SidePanel />
        )}
      </div>
      <StageDeleteDialog />
      <ShortcutsSheet />
      <LedgerReport />
      <NamePrompt />
    </div>
  );
}
