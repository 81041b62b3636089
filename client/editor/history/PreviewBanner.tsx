import type { VersionSummary } from '../../../model/history';
import { useEditor, useSession } from '../EditorContext';
import { leavePreview, setCompare } from '../store/historyView';
import { versionLabel } from '../../../model/history';

/**
 * Over the canvas while a version is previewed: what is shown, that it is read-only, and the ways
 * on: compare with now, restore (editors), export, back to live (also Esc).
 */
export function PreviewBanner({
  version,
  onRestore,
  onExport,
}: {
  version: VersionSummary;
  onRestore: () => void;
  onExport: () => void;
}) {
  const { store } = useSession();
  const comparing = useEditor((s) => s.highlight?.kind === 'compare');
  // The server decides; the button shows for the role that may.
  const mayRestore = useEditor((s) => s.access.role === 'editor');
  return (
    <div className="history-banner" role="status" data-testid="preview-banner">
      <span className="history-banner-text">
        {comparing ? 'Comparing ' : 'Previewing '}
        <strong>{versionLabel(version)}</strong>
        {comparing ? ' with now' : ' — read-only'}
      </span>
      <button
        type="button"
        className="history-banner-btn"
        aria-pressed={comparing}
        onClick={() => setCompare(store, !comparing)}
        data-testid="preview-compare"
      >
        {comparing ? 'Show the version' : 'Compare with now'}
      </button>
      {mayRestore && (
        <button
          type="button"
          className="history-banner-btn"
          onClick={onRestore}
          data-testid="preview-restore"
        >
          Restore this version
        </button>
      )}
      <button type="button" className="history-banner-btn" onClick={onExport} data-testid="preview-export">
        Export
      </button>
      <button
        type="button"
        className="history-banner-btn is-primary"
        onClick={() => leavePreview(store)}
        data-testid="preview-back"
      >
        Back to live (Esc)
      </button>
    </div>
  );
}
