import { useEffect } from 'react';
import { useEditor, useSession } from '../EditorContext';
import { useLocalUser } from '../presence/useLocalUser';
import { takeCreatedMap } from './createdMapFlag';
import { useFacilitationActions } from './useFacilitation';

/**
 * The person who just created this map takes its (empty) facilitator seat once it has loaded and
 * they have a name: the seat shows its holder's name to everyone, so a first visit claims it after
 * "What should we call you?", not as "Someone".
 */
export function useClaimOnCreate(): void {
  const { mapId, store } = useSession();
  const loaded = useEditor((s) => s.loaded);
  const named = useLocalUser().name !== null;
  const actions = useFacilitationActions();
  useEffect(() => {
    if (!loaded || !named || !takeCreatedMap(mapId)) return;
    if (!store.getState().map?.facilitation.facilitator) actions.claimSeat();
  }, [loaded, named, mapId, store, actions]);
}
