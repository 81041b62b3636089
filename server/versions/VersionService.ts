import { readMap, readMapInfo, type JourneyMap } from '../../model';
import type { PersonRef, VersionSummary } from '../../model/history/historyTypes';
import { docOfState, readState } from '../../model/history/mapOfState';
import { restoreState } from '../../model/history/restoreState';
import type { VersionRecord } from '../persistence/HistoryStore';
import { readSeat } from '../policy/mapView';
import { mayFacilitate } from '../policy/policyRules';
import type { MapStore } from '../persistence/MapStore';
import type { Room } from '../rooms/Room';
import type { RoomManager } from '../rooms/RoomManager';
import type { MapSessions } from './MapSessions';

/** A version as the API lists it: ISO times, no storage details. */
export function toSummary(version: VersionRecord): VersionSummary {
  return {
    id: version.id,
    kind: version.kind,
    reason: version.reason,
    name: version.name,
    takenAt: new Date(version.takenAt).toISOString(),
    takenBy: version.takenBy,
    people: version.people,
    changes: version.changes,
    restoredFrom: version.restoredFrom,
  };
}

/** What a restore did, or why it did nothing. */
export type RestoreResult =
  | { readonly ok: true; readonly safety: VersionSummary; readonly restored: VersionSummary }
  | { readonly ok: false; readonly reason: 'not-found' }
  /** The map is frozen and the requester may not facilitate: the freeze holds over HTTP too. */
  | { readonly ok: false; readonly reason: 'frozen'; readonly by: string };

/** A version read back as a map: its record, title and the validated snapshot. */
export interface VersionMap {
  readonly version: VersionRecord;
  readonly title: string;
  readonly map: JourneyMap;
}

/**
 * What people do with versions, without HTTP: list them, name one, read one back, restore one.
 * Writes go through the map's live room (RoomManager.withDoc), so everyone connected sees a restore
 * at once and it is stored as one edit by the person who asked.
 */
export class VersionService {
  constructor(
    private readonly store: MapStore,
    private readonly rooms: RoomManager,
    private readonly sessions: MapSessions,
  ) {}

  /**
   * Newest first. A version taken as someone joined has them before their editor told their name:
   * blanks are filled from the names seen since (live presence, then any other version of the map).
   */
  list(mapId: string): VersionSummary[] {
    const versions = this.store.listVersions(mapId).map(toSummary);
    const known = new Map<string, string>();
    for (const v of versions)
      for (const p of [...v.people, ...(v.takenBy ? [v.takenBy] : [])]) {
        if (p.name !== '' && !known.has(p.id)) known.set(p.id, p.name);
      }
    const named = (p: PersonRef): PersonRef =>
      p.name !== '' ? p : { id: p.id, name: this.sessions.nameOf(mapId, p.id) || (known.get(p.id) ?? '') };
    return versions.map((v) => ({
      ...v,
      people: v.people.map(named),
      takenBy: v.takenBy && named(v.takenBy),
    }));
  }

  /** A named version of the map as it is now, kept for ever. */
  name(mapId: string, name: string, personId: string): VersionSummary {
    const room = this.liveRoom(mapId);
    const takenBy = this.person(mapId, personId);
    return toSummary(this.sessions.take(mapId, { reason: 'named', name, takenBy }, room));
  }

  /** The map doc's Yjs state of a version; undefined for an unknown version or one of another map. */
  state(mapId: string, versionId: string): Uint8Array | undefined {
    return this.store.versionStates(mapId, versionId)?.map;
  }

  /** The version as a map (migrated to the current format, as the live map would be). */
  read(mapId: string, versionId: string): VersionMap | undefined {
    const version = this.store.getVersion(mapId, versionId);
    const state = this.state(mapId, versionId);
    if (!version || !state) return undefined;
    return readState(state, (doc) => ({ version, title: readMapInfo(doc).title, map: readMap(doc).map }));
  }

  /**
   * Restores a version as the new head: a `before-restore` safety version, ONE transaction on the
   * live doc that turns it into the version (model/history/restoreState.ts), then a `restored`
   * version. Undone by restoring the safety version. While the map is frozen only whoever may
   * facilitate restores, as only they may write it over a socket (server/policy).
   */
  async restore(mapId: string, versionId: string, personId: string): Promise<RestoreResult> {
    const state = this.state(mapId, versionId);
    if (!state) return { ok: false, reason: 'not-found' };
    return this.turnInto(mapId, state, personId, { before: 'before-restore', after: 'restored', versionId });
  }

  /**
   * Replaces the map's content with an imported map file's (already validated and built into a state
   * by the import workers): a `before-import` safety version, then the same one transaction as a
   * restore. Undone by restoring the safety version.
   */
  replaceWith(mapId: string, state: Uint8Array, personId: string): Promise<RestoreResult> {
    return this.turnInto(mapId, state, personId, { before: 'before-import' });
  }

  /** The one way the live map becomes another state: safety version, one transaction, maybe a version after. */
  private async turnInto(
    mapId: string,
    state: Uint8Array,
    personId: string,
    reasons: { before: 'before-restore' | 'before-import'; after?: 'restored'; versionId?: string },
  ): Promise<RestoreResult> {
    const takenBy = this.person(mapId, personId);
    const done = await this.rooms.withDoc(mapId, (live): RestoreResult => {
      const room = this.liveRoom(mapId);
      const seat = readSeat(live);
      const holderPresent = seat.holder !== undefined && (room?.hasPerson(seat.holder) ?? false);
      if (seat.frozen && !mayFacilitate(seat, { person: personId, holderPresent })) {
        return { ok: false, reason: 'frozen', by: seat.holderName };
      }
      const request = { takenBy, restoredFrom: reasons.versionId ?? null };
      const safety = this.sessions.take(mapId, { ...request, reason: reasons.before }, room);
      const target = docOfState(state);
      try {
        restoreState(live, target, { personId });
      } finally {
        target.destroy();
      }
      const after = reasons.after && this.sessions.take(mapId, { ...request, reason: reasons.after }, room);
      return { ok: true, safety: toSummary(safety), restored: toSummary(after || safety) };
    });
    return done?.result ?? { ok: false, reason: 'not-found' };
  }

  /**
   * A safety version before a change someone asked for over HTTP (a revert, an import over the map):
   * undone by restoring it.
   */
  safetyVersion(mapId: string, reason: 'before-revert' | 'before-import', personId: string): VersionSummary {
    const takenBy = this.person(mapId, personId);
    return toSummary(this.sessions.take(mapId, { reason, takenBy }, this.liveRoom(mapId)));
  }

  private liveRoom(mapId: string): Room | undefined {
    const room = this.rooms.get(mapId);
    return room?.isLive ? room : undefined;
  }

  private person(mapId: string, personId: string): PersonRef {
    return { id: personId, name: this.sessions.nameOf(mapId, personId) };
  }
}
