import { useEffect, useState } from 'react';
import type { VersionSummary } from '../../../model/history';
import { errorMessage } from '../../api/ApiError';
import { listVersions } from '../../api/historyApi';
import { getReadout, type ReadoutResult } from '../../api/readoutApi';

export type Loadable<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly message: string };

/**
 * Loads the readout from `from` (null: the server's default, the latest session start) to now, again
 * whenever `from` or `reload` changes; a slower earlier answer never replaces a newer one.
 */
export function useReadout(
  mapId: string,
  token: string | null,
  from: string | null,
  reload: number,
): Loadable<ReadoutResult> {
  const [state, setState] = useState<Loadable<ReadoutResult>>({ status: 'loading' });
  useEffect(() => {
    const ctrl = new AbortController();
    setState({ status: 'loading' });
    getReadout(mapId, token, from, ctrl.signal).then(
      (value) => setState({ status: 'ready', value }),
      (err: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'error', message: errorMessage(err) });
      },
    );
    return () => ctrl.abort();
  }, [mapId, token, from, reload]);
  return state;
}

/** The map's versions for a "from" / "since" picker; an empty list if they cannot be loaded. */
export function useVersionChoices(mapId: string, token: string | null): readonly VersionSummary[] {
  const [versions, setVersions] = useState<readonly VersionSummary[]>([]);
  useEffect(() => {
    const ctrl = new AbortController();
    listVersions(mapId, token, ctrl.signal).then(setVersions, () => {});
    return () => ctrl.abort();
  }, [mapId, token]);
  return versions;
}
