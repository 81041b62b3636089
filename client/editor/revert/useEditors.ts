import { useEffect, useState } from 'react';
import { listEditors, type MapEditor } from '../../api/revertApi';
import type { Loadable } from '../readout/useReadout';
import { revertErrorMessage } from './revertMessages';

/** Who edited the map between `from` and `to` (ISO; none: the window is not valid yet). */
export function useEditors(
  mapId: string,
  token: string | null,
  from: string | null,
  to: string | undefined,
): Loadable<readonly MapEditor[]> {
  const [state, setState] = useState<Loadable<readonly MapEditor[]>>({ status: 'loading' });
  useEffect(() => {
    if (from === null) return;
    const ctrl = new AbortController();
    setState({ status: 'loading' });
    listEditors(mapId, token, { from, to }, ctrl.signal).then(
      (value) => setState({ status: 'ready', value }),
      (err: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'error', message: revertErrorMessage(err) });
      },
    );
    return () => ctrl.abort();
  }, [mapId, token, from, to]);
  return state;
}
