import { useMemo } from 'react';
import type { Facilitation, Person } from '../../../model';
import { useEditor, useSession } from '../EditorContext';
import { useLocalUser } from '../presence/useLocalUser';
import { usePeers } from '../presence/usePeers';
import { createFacilitationActions, toPerson, type FacilitationActions } from './facilitationActions';

const NONE: Facilitation = {
  facilitator: null,
  structureLocked: false,
  frozen: null,
  timer: null,
  vote: null,
};

/** Selects from the map's facilitation (seat, locks, vote, timer); select narrowly, as with useEditor. */
export function useFacilitation<T>(selector: (f: Facilitation) => T): T {
  return useEditor((s) => selector(s.map?.facilitation ?? NONE));
}

/** The facilitation commands bound to the open map and this browser's person. */
export function useFacilitationActions(): FacilitationActions {
  const session = useSession();
  return useMemo(() => createFacilitationActions(session), [session]);
}

/** This browser's person ({ userId, name }). */
export function useMe(): Person {
  const self = useLocalUser();
  return useMemo(() => toPerson(self), [self]);
}

/** Whether this browser's person holds the facilitator seat. */
export function useIsFacilitator(): boolean {
  const me = useLocalUser().id;
  return useFacilitation((f) => f.facilitator?.userId === me);
}

/** The other people on the map, once each (someone with two tabs is one person). */
export function usePresentPeople(): readonly Person[] {
  const peers = usePeers();
  return useMemo(() => {
    const byId = new Map<string, Person>();
    for (const p of peers)
      if (!byId.has(p.user.id)) byId.set(p.user.id, { userId: p.user.id, name: p.user.name });
    return [...byId.values()];
  }, [peers]);
}
