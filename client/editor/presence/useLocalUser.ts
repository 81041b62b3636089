import type { UserIdentity } from '../../identity/userIdentity';
import { usePresenceState } from './usePresence';

/** This browser's person: a stable id, the display name (null until picked) and their colour. */
export function useLocalUser(): UserIdentity {
  return usePresenceState((s) => s.self);
}
