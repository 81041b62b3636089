import { useStore } from 'zustand';
import { useSession } from '../EditorContext';
import type { Presence } from './createPresence';
import type { PresenceState } from './presenceStore';

/** The open map's presence: actions (setName, follow, summonEveryone…) and its store. */
export function usePresence(): Presence {
  return useSession().presence;
}

/** Selects from the presence store; select narrowly (or with useShallow), as with useEditor. */
export function usePresenceState<T>(selector: (state: PresenceState) => T): T {
  return useStore(useSession().presence.store, selector);
}
