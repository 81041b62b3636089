import { useState } from 'react';
import type { VersionSummary } from '../../../model/history';
import { errorMessage } from '../../api/ApiError';
import { getVersionState } from '../../api/historyApi';
import { useEditor, useSession } from '../EditorContext';
import { setSessionChanges } from '../store/historyView';
import { readVersionState } from './readVersionState';

/**
 * "Changed since the session began": fetches the latest `session-start` version once and marks, on
 * the live map, every card added or changed since (the canvas diffs it with each new live snapshot).
 */
export function SessionChangesToggle({ versions }: { versions: readonly VersionSummary[] | null }) {
  const { mapId, token, store } = useSession();
  const on = useEditor((s) => s.highlight?.kind === 'session');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Newest first: the first session start listed is the current session's.
  const start = versions?.find((v) => v.reason === 'session-start') ?? null;

  async function toggle(next: boolean) {
    setError(null);
    if (!next || !start) return setSessionChanges(store, null);
    setPending(true);
    try {
      const map = readVersionState(await getVersionState(mapId, token, start.id));
      if (map) setSessionChanges(store, map);
      else setError('The session’s first version could not be read.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="history-session">
      <label
        className="history-session-toggle"
        title="Mark the cards added or changed since this session began"
      >
        <input
          type="checkbox"
          // Shown on while the session's first version loads: the click took.
          checked={on || pending}
          disabled={pending || (!on && !start)}
          onChange={(e) => void toggle(e.target.checked)}
          data-testid="history-session-changes"
        />
        Changed since the session began
      </label>
      {!start && versions && <p className="sp-hint">No session start recorded yet.</p>}
      {error && (
        <p className="history-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
