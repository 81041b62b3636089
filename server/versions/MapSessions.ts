import { z } from 'zod';
import type { PersonRef } from '../../model/history/historyTypes';
import { errorMessage, type Logger } from '../log';
import type { VersionRecord } from '../persistence/HistoryStore';
import type { MapStore } from '../persistence/MapStore';
import type { Room } from '../rooms/Room';
import type { RoomHooks } from '../rooms/RoomHooks';
import type { RoomPeer } from '../rooms/RoomPeer';
import type { TakeRequest, VersionTaker } from './VersionTaker';

export interface SessionOptions {
  now: () => number;
  /** While a map is edited, an `hourly` version at most this often. */
  versionEveryMs: number;
  logger: Logger;
}

/** What the server remembers of one loaded map between versions. */
interface MapSession {
  /** Who was connected or edited since the previous version: id → name ('' until seen). */
  readonly people: Map<string, string>;
  /** Names people gave themselves in the editor (awareness `user.name`), as last seen. */
  readonly names: Map<string, string>;
  /** Someone is connected: a session is under way. */
  inSession: boolean;
  /** The doc changed since the session started: its end is worth a version. */
  changedInSession: boolean;
  /** When the newest version was taken (0: never). */
  lastVersionAt: number;
  hourlyQueued: boolean;
  readonly stopNames: () => void;
}

/** Awareness is written by clients: only a string name under `user`, bounded, is believed. */
const presenceName = z.object({ user: z.object({ id: z.string(), name: z.string().max(200) }) });

/**
 * When versions are taken by themselves (map docs only), from the rooms' hooks: `first-load` when
 * a map with no version at all is loaded, `session-start` when the first person joins an idle map,
 * `session-end` when the last one leaves (or the server shuts down on them) if the map changed in
 * the session, and `hourly` at most once per `versionEveryMs` while it is edited. It also keeps who
 * was there since the previous version, with their names, for every version (HTTP ones too:
 * `take`).
 */
export class MapSessions implements RoomHooks {
  private readonly sessions = new Map<string, MapSession>();

  constructor(
    private readonly store: MapStore,
    private readonly taker: VersionTaker,
    private readonly options: SessionOptions,
  ) {}

  /** Takes a version of the map now, with the people since the previous one; resets them. */
  take(mapId: string, request: Omit<TakeRequest, 'people'>, room?: Room): VersionRecord {
    const session = this.sessions.get(mapId);
    const people: PersonRef[] = [...(session?.people ?? [])].map(([id, name]) => ({ id, name }));
    const version = this.taker.take(mapId, { ...request, people }, room?.doc);
    if (session) {
      session.lastVersionAt = version.takenAt;
      session.people.clear();
      for (const id of room?.personIds ?? []) session.people.set(id, session.names.get(id) ?? '');
    }
    return version;
  }

  /** The name a person gave themselves on this map, as last seen ('' if never). */
  nameOf(mapId: string, personId: string): string {
    return this.sessions.get(mapId)?.names.get(personId) ?? '';
  }

  loaded(room: Room): void {
    if (room.ref.kind !== 'map') return;
    const names = new Map<string, string>();
    const onChange = ({ added, updated }: { added: number[]; updated: number[] }) => {
      for (const id of [...added, ...updated]) {
        const state = presenceName.safeParse(room.awareness.getStates().get(id));
        if (state.success) names.set(state.data.user.id, state.data.user.name);
      }
    };
    room.awareness.on('change', onChange);
    const newest = this.store.listVersions(room.mapId)[0];
    this.sessions.set(room.mapId, {
      people: new Map(),
      names,
      inSession: false,
      changedInSession: false,
      lastVersionAt: newest?.takenAt ?? 0,
      hourlyQueued: false,
      stopNames: () => room.awareness.off('change', onChange),
    });
    if (!newest) this.safely(room, 'first-load');
  }

  joined(room: Room, peer: RoomPeer): void {
    const session = this.sessionOf(room);
    if (!session) return;
    session.people.set(peer.personId, session.names.get(peer.personId) ?? '');
    if (session.inSession) return;
    session.inSession = true;
    session.changedInSession = false;
    this.safely(room, 'session-start');
  }

  left(room: Room, peer: RoomPeer): void {
    const session = this.sessionOf(room);
    if (!session) return;
    // Their name as they left it: their presence is gone now, the cache still has it.
    session.people.set(peer.personId, session.names.get(peer.personId) ?? '');
    if (room.peerCount > 0 || !session.inSession) return;
    this.endSession(room, session);
  }

  saved(room: Room, author: string | null): void {
    const session = this.sessionOf(room);
    if (!session) return;
    session.changedInSession = true;
    if (author !== null) session.people.set(author, session.names.get(author) ?? '');
    const due = this.options.now() - session.lastVersionAt >= this.options.versionEveryMs;
    if (!due || session.hourlyQueued) return;
    // After the update's transaction and the broadcast: not inside Yjs' update event.
    session.hourlyQueued = true;
    setImmediate(() => {
      session.hourlyQueued = false;
      // Still due: a named version or a restore in between counts as this hour's version.
      const stillDue = this.options.now() - session.lastVersionAt >= this.options.versionEveryMs;
      if (stillDue && room.isLive && this.sessions.get(room.mapId) === session) this.safely(room, 'hourly');
    });
  }

  dropping(room: Room): void {
    const session = this.sessionOf(room);
    if (!session) return;
    // Shutdown or eviction with people still in: their session ends here.
    if (room.isLive && session.inSession && room.peerCount > 0) this.endSession(room, session);
    session.stopNames();
    this.sessions.delete(room.mapId);
  }

  private endSession(room: Room, session: MapSession): void {
    session.inSession = false;
    if (session.changedInSession) this.safely(room, 'session-end');
    session.changedInSession = false;
  }

  private sessionOf(room: Room): MapSession | undefined {
    return room.ref.kind === 'map' ? this.sessions.get(room.mapId) : undefined;
  }

  /** Hooks must not throw into the room: a version that cannot be taken is logged, the edit stands. */
  private safely(room: Room, reason: TakeRequest['reason']): void {
    try {
      this.take(room.mapId, { reason }, room);
    } catch (err) {
      this.options.logger.error('version.take_failed', { map: room.mapId, reason, error: errorMessage(err) });
    }
  }
}
