import { describe, expect, it } from 'vitest';
import { LinkSessions } from '../access/LinkSessions';
import { CloseCode } from '../closeCodes';
import { createLogger } from '../log';
import type { MapRecord } from '../persistence/MapStore';
import type { ShareLink } from '../persistence/ShareLinkStore';
import type { RoomPeer } from '../rooms/RoomPeer';
import { listenToCluster, type ClusterParts } from './clusterEvents';
import { LOCAL_RELAY, type ClusterEvent, type DocRelay } from './DocRelay';

/**
 * Issue 20: after a relay outage a process re-reads from the shared store what the events it
 * missed would have told it, through the same handlers. Fakes for the relay, the rooms and the
 * store; real LinkSessions, whose sockets record how they were closed.
 */
function setup() {
  let reconnect = () => {};
  let deliver: (event: ClusterEvent) => void = () => {};
  const published: ClusterEvent[] = [];
  const relay: DocRelay = {
    ...LOCAL_RELAY,
    onEvent: (listener) => ((deliver = listener), () => {}),
    onReconnect: (listener) => ((reconnect = listener), () => {}),
    publishEvent: (event) => void published.push(event),
  };
  const maps = new Map<string, Partial<MapRecord>>([
    ['live', { id: 'live', deletedAt: null }],
    ['binned', { id: 'binned', deletedAt: 1 }],
  ]);
  const links = new Map<string, Partial<ShareLink>>([
    ['good', { id: 'good', mapId: 'live', revokedAt: null }],
    ['revoked', { id: 'revoked', mapId: 'live', revokedAt: 5 }],
  ]);
  const closedRooms: string[] = [];
  const evicted: string[] = [];
  let digestsKept: ReadonlySet<string> | undefined;
  let storeDown = false;
  const read = <T>(value: T): T => {
    if (storeDown) throw new Error('storage unavailable');
    return value;
  };
  const sessions = new LinkSessions();
  const socket = (linkId: string) => {
    const peer: RoomPeer & { closed?: number } = {
      id: linkId,
      personId: 'p',
      send() {},
      close(code) {
        peer.closed = code;
      },
    };
    sessions.track(linkId, null, peer);
    return peer;
  };
  const parts = {
    rooms: {
      mapIds: ['live', 'binned', 'gone'],
      get: (mapId: string) => ({ closeAll: (code: number) => closedRooms.push(`${mapId}:${code}`) }),
      evict: (mapId: string) => evicted.push(mapId),
    },
    sessions,
    digests: { keepOnly: (ids: ReadonlySet<string>) => (digestsKept = ids) },
    store: {
      getMap: (id: string) => read(maps.get(id)),
      links: { getLink: (id: string) => read(links.get(id)) },
    },
    logger: createLogger('silent'),
  } as unknown as ClusterParts;
  const stop = listenToCluster(relay, parts);
  return {
    reconnect: () => reconnect(),
    deliver: (event: ClusterEvent) => deliver(event),
    published,
    closedRooms,
    evicted,
    digestsKept: () => digestsKept,
    socket,
    storeDown: (down: boolean) => (storeDown = down),
    stop,
  };
}

describe('listenToCluster after a relay outage', () => {
  it('closes the rooms of trashed or deleted maps and the sockets of revoked or deleted links', () => {
    const t = setup();
    const [good, revoked, vanished] = [t.socket('good'), t.socket('revoked'), t.socket('vanished')];
    t.reconnect();
    // Both docs of each map (map, comments) with 4404, as a `map-closed` event closes them.
    expect(t.closedRooms.sort()).toEqual(
      ['binned', 'binned', 'gone', 'gone'].map((m) => `${m}:${CloseCode.MAP_NOT_FOUND}`),
    );
    expect(t.evicted.sort()).toEqual(['binned', 'gone']);
    expect(good.closed).toBeUndefined();
    expect(revoked.closed).toBe(CloseCode.UNAUTHORIZED);
    expect(vanished.closed).toBe(CloseCode.UNAUTHORIZED);
    expect(t.digestsKept()?.size).toBe(0);
    // The others re-read too: what this process published while away was lost.
    expect(t.published).toEqual([{ type: 'relay-rejoined' }]);
    t.stop();
  });

  it('re-reads when another process rejoins, without announcing it again', () => {
    const t = setup();
    const revoked = t.socket('revoked');
    t.deliver({ type: 'relay-rejoined' });
    expect(revoked.closed).toBe(CloseCode.UNAUTHORIZED);
    expect(t.evicted.sort()).toEqual(['binned', 'gone']);
    expect(t.published).toEqual([]);
    t.stop();
  });

  it('closes nothing when the store cannot be read', () => {
    const t = setup();
    const revoked = t.socket('revoked');
    t.storeDown(true);
    expect(() => t.reconnect()).not.toThrow();
    expect(revoked.closed).toBeUndefined();
    expect(t.closedRooms).toEqual([]);
    t.stop();
  });
});
