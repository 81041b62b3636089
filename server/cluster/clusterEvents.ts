import type { FailedAttempts } from '../access/FailedAttempts';
import type { AddressLimiter } from '../access/AddressLimiter';
import type { LinkSessions } from '../access/LinkSessions';
import { CloseCode } from '../closeCodes';
import type { CreateQuota } from '../http/createQuota';
import { errorMessage, type Logger } from '../log';
import { MAP_DOC_KINDS } from '../persistence/docKeys';
import type { MapStore } from '../persistence/MapStore';
import type { MapLinks } from '../links/MapLinks';
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
  /** Linked journeys (issue 21): a map saved elsewhere tells the parents loaded here. */
  mapLinks?: Pick<MapLinks, 'savedElsewhere' | 'presenceChanged' | 'dropAll'>;
  /** The shared store, read again after a relay outage (`recheckShared`). */
  store: Pick<MapStore, 'getMap' | 'links'>;
  logger: Logger;
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
      for (const kind of MAP_DOC_KINDS) parts.rooms.get(mapId, kind)?.closeAll(code, reason);
      parts.rooms.evict(mapId, false);
      parts.mapLinks?.presenceChanged(mapId);
    },
    'link-revoked': ({ linkId }) => void parts.sessions.closeLink(linkId),
    'failed-attempt': ({ address }) => parts.attempts.recordElsewhere(address),
    'rate-spent': ({ limiter, key }) =>
      limiter === 'create' ? parts.quota.spentElsewhere(key) : parts.metricsLimiter.spendElsewhere(key),
    'cache-dropped': ({ mapId }) => {
      parts.digests.drop(mapId);
      parts.mapLinks?.savedElsewhere(mapId);
    },
    'relay-rejoined': () => recheckShared(parts, handlers),
  };
  const stopEvents = relay.onEvent((event) => (handlers[event.type] as (e: ClusterEvent) => void)(event));
  const stopReconnect = relay.onReconnect(() => {
    recheckShared(parts, handlers);
    // What this process published while it was away was lost too: the others re-read as well.
    relay.publishEvent({ type: 'relay-rejoined' });
  });
  return () => {
    stopEvents();
    stopReconnect();
  };
}

/**
 * After a relay outage, the events nobody heard meanwhile are replayed from the shared store
 * through their own handlers: a live map that is now trashed or deleted closes (as `map-closed`),
 * a link with sockets here that is now revoked or gone closes them (as `link-revoked`), and every
 * cached digest is dropped (as `cache-dropped` would have, map by map). Spent rate-limit tokens and
 * failed attempts live in each process's memory only: those missed stay missed (the limits are
 * per window, so at worst a client gets one window's worth more during an outage).
 */
function recheckShared(parts: ClusterParts, handlers: Handlers): void {
  const { store, logger } = parts;
  let closedMaps = 0;
  let closedLinks = 0;
  for (const mapId of parts.rooms.mapIds) {
    try {
      const map = store.getMap(mapId);
      if (map && (map.deletedAt ?? null) === null) continue;
      // As `RoomManager.evict` announces a trashed or deleted map.
      handlers['map-closed']({
        type: 'map-closed',
        mapId,
        code: CloseCode.MAP_NOT_FOUND,
        reason: 'map deleted',
      });
      closedMaps += 1;
    } catch (err) {
      logger.warn('relay.recheck_failed', { map: mapId, error: errorMessage(err) });
    }
  }
  for (const linkId of parts.sessions.linkIds) {
    try {
      const link = store.links.getLink(linkId);
      if (link && link.revokedAt === null) continue;
      handlers['link-revoked']({ type: 'link-revoked', mapId: link?.mapId ?? '', linkId });
      closedLinks += 1;
    } catch (err) {
      logger.warn('relay.recheck_failed', { link: linkId, error: errorMessage(err) });
    }
  }
  parts.digests.keepOnly(new Set());
  parts.mapLinks?.dropAll();
  logger.info('relay.rechecked', { maps: closedMaps, links: closedLinks });
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
