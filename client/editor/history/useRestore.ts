import { useCallback, useState } from 'react';
import type { VersionSummary } from '../../../model/history';
import { errorMessage } from '../../api/ApiError';
import { restoreVersion, type RestoreResult } from '../../api/historyApi';
import { showToast } from '../../ui/toasts';
import { useSession } from '../EditorContext';
import { leavePreview } from '../store/historyView';
import { notifyVersionsChanged } from './versionsChanged';

/**
 * Restore (editors; the server decides): the server turns the live map into the version in one
 * transaction after a safety version, and every connected tab, this one too, receives it through
 * the doc. This tab then goes back to live. `last` is the latest restore, for its "Undo", which
 * restores the safety version the server returned.
 */
export function useRestore() {
  const { mapId, token, store } = useSession();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [last, setLast] = useState<{ result: RestoreResult; of: VersionSummary } | null>(null);

  const restore = useCallback(
    async (version: VersionSummary): Promise<boolean> => {
      setPending(true);
      setError(null);
      try {
        const result = await restoreVersion(mapId, token, version.id);
        leavePreview(store);
        setLast({ result, of: version });
        notifyVersionsChanged();
        return true;
      } catch (e) {
        setError(errorMessage(e));
        return false;
      } finally {
        setPending(false);
      }
    },
    [mapId, token, store],
  );

  const undo = useCallback(async () => {
    if (!last) return;
    const safety = last.result.safety;
    setLast(null);
    try {
      await restoreVersion(mapId, token, safety.id);
      notifyVersionsChanged();
      showToast('Restore undone: the map is back as it was.', 'success');
    } catch (e) {
      showToast(`Could not undo the restore: ${errorMessage(e)}`, 'error');
    }
  }, [last, mapId, token]);

  const dismiss = useCallback(() => setLast(null), []);
  const clearError = useCallback(() => setError(null), []);
  return { restore, pending, error, clearError, last, undo, dismiss };
}
