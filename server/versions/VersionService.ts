import * as Y from 'yjs';
import { migrateDoc, readMap, readMapInfo, type JourneyMap } from '../../model';
import type { PersonRef, VersionSummary } from '../../model/history/historyTypes';
import { restoreState } from '../../model/history/restoreState';
import type { VersionRecord } from '../persistence/HistoryStore';
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

  list(mapId: string): VersionSummary[] {
    return this.store.listVersions(mapId).map(toSummary);
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
    const doc = migratedDoc(state);
    try {
      return { version, title: readMapInfo(doc).title, map: readMap(doc).map };
    } finally {
      doc.destroy();
    }
  }

  /**
   * Restores a version as the new head: a `before-restore` safety version, ONE transaction on the
   * live doc that turns it into the version (model/history/restoreState.ts), then a `restored`
   * version. Undone by restoring the safety version. Undefined for an unknown version.
   */
  restore(
    mapId: string,
    versionId: string,
    personId: string,
  ): { safety: VersionSummary; restored: VersionSummary } | undefined {
    const state = this.state(mapId, versionId);
    if (!state) return undefined;
    const takenBy = this.person(mapId, personId);
    const done = this.rooms.withDoc(mapId, (live) => {
      const room = this.liveRoom(mapId);
      const request = { takenBy, restoredFrom: versionId };
      const safety = this.sessions.take(mapId, { ...request, reason: 'before-restore' }, room);
      const target = migratedDoc(state);
      try {
        restoreState(live, target, { personId });
      } finally {
        target.destroy();
      }
      const restored = this.sessions.take(mapId, { ...request, reason: 'restored' }, room);
      return { safety: toSummary(safety), restored: toSummary(restored) };
    });
    return done?.result;
  }

  private liveRoom(mapId: string): Room | undefined {
    const room = this.rooms.get(mapId);
    return room?.isLive ? room : undefined;
  }

  private person(mapId: string, personId: string): PersonRef {
    return { id: personId, name: this.sessions.nameOf(mapId, personId) };
  }
}

/** A fresh doc of a stored state, brought to the current map format like a loaded room. */
function migratedDoc(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  migrateDoc(doc);
  return doc;
}
