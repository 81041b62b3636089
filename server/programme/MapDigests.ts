import {
  buildActionRows,
  buildMapDigest,
  isoDay,
  readComments,
  type ActionRow,
  type JourneyMap,
  type MapDigest,
  type ThreadCounts,
} from '../../model';
import type { MapRecord, MapStore } from '../persistence/MapStore';
import { onSaved } from '../rooms/combineHooks';
import type { RoomHooks } from '../rooms/RoomHooks';
import type { RoomManager } from '../rooms/RoomManager';
import { readStoredMap, withStoredDoc } from './storedDocs';

/** One map's figures, as of its last save and the day they were judged on. */
interface Entry {
  readonly updatedAt: number;
  readonly title: string;
  readonly day: string;
  readonly digest: MapDigest;
  /** Its actions with `canEdit: false`; the requester's right is set per request. */
  readonly rows: readonly ActionRow[];
}

/** The map's figures for the maps page and the actions page. */
export interface MapFigures {
  readonly digest: MapDigest;
  readonly rows: readonly ActionRow[];
}

/**
 * The maps page digests and the actions index, per map, cached: reading a map (and its comments)
 * costs milliseconds, the list asks for every map. An entry is dropped when either doc of its map
 * saves (the room listener, `hooks`), and recomputed lazily when the map's `updatedAt` or the
 * server's day moved on (overdue and stale are judged against the server's clock, `now`).
 */
export class MapDigests {
  private readonly cache = new Map<string, Entry>();
  /** Add it to the server's room hooks: a save in either room of a map drops its entry. */
  readonly hooks: RoomHooks = onSaved((room) => this.cache.delete(room.ref.mapId));

  constructor(
    private readonly store: MapStore,
    private readonly rooms: RoomManager,
    private readonly now: () => number = Date.now,
    private readonly onError: (mapId: string, err: unknown) => void = () => {},
  ) {}

  /** Another process saved the map (issue 20): its figures are read again on next use. */
  drop(mapId: string): void {
    this.cache.delete(mapId);
  }

  /** The server's today (`YYYY-MM-DD`, UTC). */
  today(): string {
    return isoDay(this.now());
  }

  /** The map's figures; undefined when it has no readable doc. */
  figures(record: MapRecord): MapFigures | undefined {
    const day = this.today();
    const cached = this.cache.get(record.id);
    if (
      cached &&
      cached.updatedAt === record.updatedAt &&
      cached.day === day &&
      cached.title === record.title
    ) {
      return cached;
    }
    let entry: Entry | undefined;
    try {
      entry = this.compute(record, day);
    } catch (err) {
      // A map the readers cannot make sense of is still listed (without figures): the list never fails.
      this.onError(record.id, err);
    }
    if (entry) this.cache.set(record.id, entry);
    else this.cache.delete(record.id);
    return entry;
  }

  /** Drops entries of maps no longer listed (trashed, deleted): the cache holds listed maps only. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of this.cache.keys()) if (!ids.has(id)) this.cache.delete(id);
  }

  private compute(record: MapRecord, day: string): Entry | undefined {
    const map = readStoredMap(this.store, this.rooms, record.id);
    if (!map) return undefined;
    const threads = this.threads(record.id, map);
    return {
      updatedAt: record.updatedAt,
      title: record.title,
      day,
      digest: buildMapDigest(map, threads, this.now()),
      rows: buildActionRows(map, { mapId: record.id, mapTitle: record.title }, day, false),
    };
  }

  private threads(mapId: string, map: JourneyMap): ThreadCounts {
    const counts = withStoredDoc(this.store, this.rooms, mapId, 'comments', (doc) => {
      const { comments } = readComments(doc, map);
      return { total: comments.open.length + comments.resolved.length, open: comments.open.length };
    });
    return counts ?? { total: 0, open: 0 };
  }
}
