import { useCallback, useEffect, useState } from 'react';
import type { VersionSummary } from '../../../model/history';
import { errorMessage } from '../../api/ApiError';
import { listVersions } from '../../api/historyApi';
import { useSession } from '../EditorContext';
import { onVersionsChanged } from './versionsChanged';

export type VersionsState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly versions: readonly VersionSummary[] };

/** How often an open timeline asks again: the server takes versions on its own (session, hourly). */
const REFRESH_MS = 30_000;

/**
 * The map's versions while the History panel is open, fetched on open, every half minute, and on
 * `reload()` or `notifyVersionsChanged()` (after a save or a restore). A refresh keeps the list shown; only the first load shows
 * "Loading…", and a failed refresh keeps the last list.
 */
export function useVersions() {
  const { mapId, token } = useSession();
  const [state, setState] = useState<VersionsState>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  useEffect(() => onVersionsChanged(reload), [reload]);

  useEffect(() => {
    const ctrl = new AbortController();
    const load = () =>
      listVersions(mapId, token, ctrl.signal).then(
        (versions) => setState({ status: 'ready', versions }),
        (error: unknown) => {
          if (ctrl.signal.aborted) return;
          setState((s) => (s.status === 'ready' ? s : { status: 'error', message: errorMessage(error) }));
        },
      );
    void load();
    const timer = window.setInterval(() => void load(), REFRESH_MS);
    return () => {
      ctrl.abort();
      window.clearInterval(timer);
    };
  }, [mapId, token, round]);

  return { state, reload };
}
