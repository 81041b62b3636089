import { useEffect, useState } from 'react';
import { listEditors, type MapEditor } from '../../api/revertApi';
import type { Loadable } from '../readout/useReadout';
import { revertErrorMessage } from './revertMessages';

/**
 * Who edited the map between `from` and `to` (ISO; left out: the server's defaults, the session's
 * start and now). `valid` false: the form's window is not complete yet, so nothing is asked.
 */
export function useEditors(
  mapId: string,
  token: string | null,
  valid: boolean,
  from: string | undefined,
  to: string | undefined,
): Loadable<readonly MapEditor[]> {
  const [state, setState] = useState<Loadable<readonly MapEditor[]>>({ status: 'loading' });
  useEffect(() => {
    if (!valid) return;
    const ctrl = new AbortController();
    setState({ status: 'loading' });
    listEditors(mapId, token, { from, to }, ctrl.signal).then(
      (value) => setState({ status: 'ready', value }),
      (err: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'error', message: revertErrorMessage(err) });
      },
    );
    return () => ctrl.abort();
  }, [mapId, token, valid, from, to]);
  return state;
}
