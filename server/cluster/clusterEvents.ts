import type { FailedAttempts } from '../access/FailedAttempts';
import type { AddressLimiter } from '../access/AddressLimiter';
import type { LinkSessions } from '../access/LinkSessions';
import type { CreateQuota } from '../http/createQuota';
import { DOC_KINDS } from '../persistence/docKeys';
import type { MapDigests } from '../programme/MapDigests';
import { onSaved } from '../rooms/combineHooks';
import type { RoomHooks } from '../rooms/RoomHooks';
import type { RoomManager } from '../rooms/RoomManager';
import type { ClusterEvent, DocRelay } from './DocRelay';

/** What one process acts on when another decides something (issue 20). */
export interface ClusterParts {
  rooms: RoomManager;
  sessions: LinkSessions;
  attempts: FailedAttempts;
  quota: CreateQuota;
  metricsLimiter: AddressLimiter;
  digests: MapDigests;
}

type Handlers = { [T in ClusterEvent['type']]: (event: Extract<ClusterEvent, { type: T }>) => void };

/**
 * Every process acts on the others' events as it would on its own decision, without publishing it
 * again: a trashed map closes here too, a revoked link's sockets close here too, a spent token is
 * spent here too (so a client cannot multiply its limits by the number of processes), and a map
 * saved elsewhere has its cached figures read again. Returns the unsubscribe.
 */
export function listenToCluster(relay: DocRelay, parts: ClusterParts): () => void {
  const handlers: Handlers = {
    'map-closed': ({ mapId, code, reason }) => {
      for (const kind of DOC_KINDS) parts.rooms.get(mapId, kind)?.closeAll(code, reason);
      parts.rooms.evict(mapId, false);
    },
    'link-revoked': ({ linkId }) => void parts.sessions.closeLink(linkId),
    'failed-attempt': ({ address }) => parts.attempts.recordElsewhere(address),
    'rate-spent': ({ limiter, key }) =>
      limiter === 'create' ? parts.quota.spentElsewhere(key) : parts.metricsLimiter.spendElsewhere(key),
    'cache-dropped': ({ mapId }) => parts.digests.drop(mapId),
  };
  return relay.onEvent((event) => (handlers[event.type] as (e: ClusterEvent) => void)(event));
}

/** A map saved in quick succession is announced at most this often (and once more after the burst). */
const CACHE_DROP_EVERY_MS = 500;

/**
 * A room hook that tells the other processes a map was saved, so their programme digests drop it:
 * a comment changes no map row, so `updatedAt` alone cannot tell them. Throttled per map with a
 * trailing announcement, so a burst of edits costs two events, and the last edit is never missed.
 */
export function announceSaves(relay: DocRelay): RoomHooks & { stop(): void } {
  const last = new Map<string, number>();
  const trailing = new Map<string, NodeJS.Timeout>();
  const announce = (mapId: string) => {
    last.set(mapId, performance.now());
    relay.publishEvent({ type: 'cache-dropped', mapId });
  };
  const hooks = onSaved((room) => {
    const mapId = room.ref.mapId;
    const since = performance.now() - (last.get(mapId) ?? -Infinity);
    if (since >= CACHE_DROP_EVERY_MS) return announce(mapId);
    if (trailing.has(mapId)) return;
    const timer = setTimeout(() => {
      trailing.delete(mapId);
      announce(mapId);
    }, CACHE_DROP_EVERY_MS - since);
    timer.unref();
    trailing.set(mapId, timer);
  });
  return {
    ...hooks,
    stop() {
      for (const timer of trailing.values()) clearTimeout(timer);
      trailing.clear();
    },
  };
}
