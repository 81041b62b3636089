import { useEffect } from 'react';
import { useEditor, useSession } from '../EditorContext';
import { takeCreatedMap } from './createdMapFlag';
import { useFacilitationActions } from './useFacilitation';

/** The person who just created this map takes its (empty) facilitator seat once it has loaded. */
export function useClaimOnCreate(): void {
  const { mapId, store } = useSession();
  const loaded = useEditor((s) => s.loaded);
  const actions = useFacilitationActions();
  useEffect(() => {
    if (!loaded || !takeCreatedMap(mapId)) return;
    if (!store.getState().map?.facilitation.facilitator) actions.claimSeat();
  }, [loaded, mapId, store, actions]);
}
