import type { Peer } from './readPeers';

/**
 * Tells when a peer raises a NEW summon id ("bring everyone here"). A summon already present when
 * a peer is first seen is history (e.g. from before this tab joined) and is not obeyed.
 */
export function createSummonWatcher(): (peers: readonly Peer[]) => Peer | null {
  const seen = new Map<number, string | null>();
  return (peers) => {
    let summoner: Peer | null = null;
    const present = new Set<number>();
    for (const peer of peers) {
      present.add(peer.clientId);
      const id = peer.summon?.id ?? null;
      if (seen.has(peer.clientId) && id !== null && seen.get(peer.clientId) !== id) summoner = peer;
      seen.set(peer.clientId, id);
    }
    for (const clientId of seen.keys()) if (!present.has(clientId)) seen.delete(clientId);
    return summoner;
  };
}
