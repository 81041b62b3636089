import { useEffect } from 'react';

/** How long "Restored … · Undo" stays: long enough to read it and change one's mind. */
const SHOWN_MS = 15_000;

/** After a restore: what was restored, and Undo (restores the safety version taken just before). */
export function RestoredNotice({
  label,
  onUndo,
  onDismiss,
}: {
  label: string;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  useEffect(() => {
    const timer = window.setTimeout(onDismiss, SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [onDismiss]);
  return (
    <div className="history-restored" role="status" data-testid="restored-notice">
      <span>
        Restored <strong>{label}</strong>
      </span>
      <button type="button" className="history-banner-btn" onClick={onUndo} data-testid="restored-undo">
        Undo
      </button>
      <button type="button" className="history-banner-btn" aria-label="Dismiss" onClick={onDismiss}>
        ✕
      </button>
    </div>
  );
}
