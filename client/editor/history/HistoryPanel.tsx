import './history.css';
import { Icon } from '../../ui/Icon';
import { useNow } from '../../ui/useNow';
import { useEditor, useSession } from '../EditorContext';
import { showHistory } from '../store/historyView';
import { CompareList } from './CompareList';
import { ReplaceFromFile } from './ReplaceFromFile';
import { SaveVersionForm } from './SaveVersionForm';
import { SessionChangesToggle } from './SessionChangesToggle';
import { usePreviewVersion } from './usePreviewVersion';
import { useVersions } from './useVersions';
import { versionTitle } from '../../../model/history';
import { timelineOrder } from './versionLabels';
import { VersionRow } from './VersionRow';
import { VoteResultsList } from './VoteResultsList';

/**
 * The map's versions, named ones first, then newest first: a click previews one on the canvas
 * (read-only, the live map keeps syncing behind). Editors save named versions; everyone may look.
 * While comparing, the list of changes takes the timeline's place.
 */
export function HistoryPanel() {
  const { store } = useSession();
  const { state } = useVersions();
  const { open, opening } = usePreviewVersion();
  const previewId = useEditor((s) => s.preview?.version.id ?? null);
  const comparing = useEditor((s) => s.highlight?.kind === 'compare');
  // Saving is the server's to allow; the button shows for the role that may.
  const mayWrite = useEditor((s) => s.access.role === 'editor');
  const now = useNow();
  const versions = state.status === 'ready' ? timelineOrder(state.versions) : null;
  const titleOf = (id: string | null) => {
    const v = id ? versions?.find((other) => other.id === id) : undefined;
    return v && versionTitle(v);
  };
  return (
    <aside className="side-panel history-panel" aria-label="History" data-testid="history-panel">
      <header className="sp-header">
        <h2 className="sp-header-title">History</h2>
        <button
          type="button"
          className="sp-icon-btn sp-close"
          aria-label="Close history"
          onClick={() => showHistory(store, false)}
        >
          <Icon name="x" size={16} />
        </button>
      </header>
      <div className="sp-body history-body">
        {mayWrite && <SaveVersionForm />}
        {mayWrite && <ReplaceFromFile />}
        <SessionChangesToggle versions={versions} />
        {comparing ? (
          <CompareList />
        ) : state.status === 'loading' ? (
          <p className="sp-empty" role="status">
            Loading versions…
          </p>
        ) : state.status === 'error' ? (
          <p className="history-error" role="alert">
            Could not load the history: {state.message}
          </p>
        ) : state.versions.length === 0 ? (
          <p className="sp-empty">
            No versions yet. Journey saves one when a session starts and ends, and every hour while people
            edit.
          </p>
        ) : (
          <ul className="history-list" aria-label="Versions">
            {versions?.map((v) => (
              <VersionRow
                key={v.id}
                version={v}
                now={now}
                current={v.id === previewId}
                opening={v.id === opening}
                restoredFrom={titleOf(v.restoredFrom)}
                onOpen={() => void open(v)}
              />
            ))}
          </ul>
        )}
        {!comparing && <VoteResultsList />}
      </div>
    </aside>
  );
}
