import { useCallback, useEffect, useRef, useState } from 'react';
import type { VersionSummary } from '../../../model/history';
import { errorMessage } from '../../api/ApiError';
import { getVersionState } from '../../api/historyApi';
import { showToast } from '../../ui/toasts';
import { useSession } from '../EditorContext';
import { startPreview } from '../store/historyView';
import { readVersionState } from './readVersionState';

/**
 * Opens a version on the canvas: fetches its Yjs state, reads it like the live map and shows it
 * read-only (store `preview`). `opening`: the version being fetched, for its row's "Opening…". A
 * second click on another version supersedes the first.
 */
export function usePreviewVersion() {
  const { mapId, token, store } = useSession();
  const [opening, setOpening] = useState<string | null>(null);
  const pending = useRef<AbortController | null>(null);
  useEffect(() => () => pending.current?.abort(), []);

  const open = useCallback(
    async (version: VersionSummary) => {
      pending.current?.abort();
      const ctrl = new AbortController();
      pending.current = ctrl;
      setOpening(version.id);
      try {
        const map = readVersionState(await getVersionState(mapId, token, version.id, ctrl.signal));
        if (ctrl.signal.aborted) return;
        if (map) startPreview(store, version, map);
        else showToast('This version could not be read.', 'error');
      } catch (error) {
        if (!ctrl.signal.aborted) showToast(`Could not open this version: ${errorMessage(error)}`, 'error');
      } finally {
        if (pending.current === ctrl) {
          pending.current = null;
          setOpening(null);
        }
      }
    },
    [mapId, token, store],
  );
  return { open, opening };
}
