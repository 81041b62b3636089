import { useEffect, useState } from 'react';
import { useEditor } from '../EditorContext';
import { useFacilitation, useMe, usePresentPeople } from './useFacilitation';

/** How long after connecting presence is trusted: everyone's awareness takes a moment to arrive. */
const SETTLE_MS = 3000;

/**
 * Whether the seat's holder has left the map (not this person, and in nobody's presence), so the
 * seat counts as free. Only decided once presence has had time to arrive after connecting, so a
 * holder who is here is never shown as away for the first second.
 */
export function useHolderAway(): boolean {
  const holder = useFacilitation((f) => f.facilitator?.userId ?? null);
  const me = useMe().userId;
  const people = usePresentPeople();
  const connected = useEditor((s) => s.status === 'connected');
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!connected) return;
    const timer = window.setTimeout(() => setSettled(true), SETTLE_MS);
    return () => {
      window.clearTimeout(timer);
      setSettled(false);
    };
  }, [connected]);
  if (!holder || holder === me || !settled) return false;
  return !people.some((p) => p.userId === holder);
}
