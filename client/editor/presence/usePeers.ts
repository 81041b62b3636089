import type { Peer } from './readPeers';
import { usePresenceState } from './usePresence';

/**
 * The other people on this map (one entry per tab), each with user, cursor, selection, editing,
 * viewport and summon. The array keeps its identity until someone's presence changes.
 */
export function usePeers(): readonly Peer[] {
  return usePresenceState((s) => s.peers);
}
