import { useEffect, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './editor.css';
import { ApiError } from '../api/ApiError';
import { getMap } from '../api/mapsApi';
import { EditorContext, useEditor } from './EditorContext';
import { MapCanvas } from './canvas/MapCanvas';
import { EditorHeader } from './header/EditorHeader';
import { SidePanel } from './panels/SidePanel';
import { StageDeleteDialog } from './panels/StageDeleteDialog';
import { ShortcutsSheet } from './panels/ShortcutsSheet';
import { createMapSession, type MapSession } from './session/createMapSession';
import { useEditorActions } from './useEditorActions';
import { useEditorShortcuts } from './useEditorShortcuts';
import { useSession } from './EditorContext';
import { EditorNotice } from './EditorNotice';
import { CursorsLayer } from './presence/CursorsLayer';
import { FollowBanner } from './presence/FollowBanner';
import { NamePrompt } from './presence/NamePrompt';

/**
 * Opens one map: a session (Y.Doc + websocket + IndexedDB + store) for as long as the page shows it.
 * The local copy lets the map open offline; the server check tells a deleted map from a slow network.
 */
export function EditorPage({ mapId }: { mapId: string }) {
  const [session, setSession] = useState<MapSession | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    const s = createMapSession(mapId);
    // The session owns a websocket and IndexedDB handle, so it is created here (not during render)
    // and handed to React once; StrictMode's double effect then destroys the first one cleanly.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession(s);
    const ctrl = new AbortController();
    getMap(mapId, ctrl.signal).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 404) {
        setMissing(true);
        s.provider.disconnect();
      }
    });
    return () => {
      ctrl.abort();
      s.destroy();
    };
  }, [mapId]);

  if (missing) {
    return <EditorNotice title="Map not found" text="This map does not exist or was deleted." />;
  }
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
  useEditorShortcuts(actions, store);
  const loaded = useEditor((s) => s.loaded);
  const fatal = useEditor((s) => s.fatal);
  const error = useEditor((s) => s.error);
  const hasStages = useEditor((s) => (s.map?.stages.length ?? 0) > 0);

  if (fatal) return <EditorNotice title="Map unavailable" text={fatal} />;
  return (
    <div className="editor">
      <EditorHeader />
      <div className="editor-body">
        <main className="editor-main">
          {loaded ? <MapCanvas /> : <div className="editor-loading" role="status">Loading map…</div>}
          {loaded && <CursorsLayer />}
          <FollowBanner />
          {loaded && !hasStages && (
            <div className="canvas-empty">
              <p>This map has no stages yet.</p>
              <button type="button" className="btn btn-primary" onClick={() => actions.addStage()}>
                Add the first stage
              </button>
            </div>
          )}
          {error && (
            <div className="editor-toast" role="alert">
              {error}
              <button type="button" className="btn btn-ghost btn-sm" onClick={actions.clearError} aria-label="Dismiss">
                ✕
              </button>
            </div>
          )}
        </main>
        <SidePanel />
      </div>
      <StageDeleteDialog />
      <ShortcutsSheet />
      <NamePrompt />
    </div>
  );
}
