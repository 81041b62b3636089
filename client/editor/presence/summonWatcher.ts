import type { Peer } from './readPeers';

/**
 * Tells when a peer raises a NEW summon id ("bring everyone here"). A summon already present when
 * a peer is first seen is history (e.g. from before this tab joined) and is not obeyed. Only the
 * facilitator may summon: a summon from anyone whose person does not hold the seat in the doc
 * (`holderId`) is ignored — the server strips such summons too; this keeps an old server honest.
 * User ids in presence are stamped by the server, so a peer cannot pass for the holder.
 */
export function createSummonWatcher(): (peers: readonly Peer[], holderId: string | null) => Peer | null {
  const seen = new Map<number, string | null>();
  return (peers, holderId) => {
    let summoner: Peer | null = null;
    const present = new Set<number>();
    for (const peer of peers) {
      present.add(peer.clientId);
      const id = peer.summon?.id ?? null;
      const isNew = seen.has(peer.clientId) && id !== null && seen.get(peer.clientId) !== id;
      if (isNew && holderId !== null && peer.user.id === holderId) summoner = peer;
      seen.set(peer.clientId, id);
    }
    for (const clientId of seen.keys()) if (!present.has(clientId)) seen.delete(clientId);
    return summoner;
  };
}
