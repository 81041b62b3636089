import {
  childLinksOf,
  docChildMapIds,
  isoDay,
  rollupOf,
  type ChildLinkRef,
  type MapRollup,
} from '../../model';
import type { MapRecord, MapStore } from '../persistence/MapStore';
import { readStoredMap } from '../programme/storedDocs';
import { onSaved } from '../rooms/combineHooks';
import type { RoomHooks } from '../rooms/RoomHooks';
import type { RoomManager } from '../rooms/RoomManager';
import { ParentNotices } from './ParentNotices';

/** One map's links and roll-up, as of its last save and the day its overdue actions were judged on. */
interface Entry {
  readonly updatedAt: number;
  readonly day: string;
  readonly links: readonly ChildLinkRef[];
  /** The distinct child maps, in the order of their first link. */
  readonly childIds: readonly string[];
  readonly rollup: MapRollup;
}

/**
 * Linked journeys on the server (issue 21): each map's child links and roll-up, cached per map like
 * the programme digests (`MapDigests`): an entry is dropped when its map saves here (`hooks`) or in
 * another process (`savedElsewhere`, from the cluster's "map saved" event), and read again lazily
 * when the map's `updatedAt` (shared by every process through the store) or the server's day moved
 * on. Parents are found by the reverse of the same entries, so nothing is stored twice.
 *
 * A saved child tells every loaded room here of a map that links it (`links-changed`, throttled per
 * parent): its clients fetch the links again.
 */
export class MapLinks {
  private readonly cache = new Map<string, Entry>();
  private readonly notices = new ParentNotices();
  private readonly later = new Set<NodeJS.Immediate>();
  readonly hooks: RoomHooks = onSaved((room) => {
    if (room.ref.kind === 'map') this.childSaved(room.ref.mapId);
  });

  constructor(
    private readonly store: MapStore,
    private readonly rooms: RoomManager,
    private readonly now: () => number = Date.now,
    private readonly onError: (mapId: string, err: unknown) => void = () => {},
  ) {}

  /**
   * Another process saved the map: read it again, and tell the parents loaded here. Its "map saved"
   * event is published before the update itself reaches this process's copy of a loaded room, so the
   * parents are told (and the entry dropped once more) a turn later, once that update is in.
   */
  savedElsewhere(mapId: string): void {
    this.cache.delete(mapId);
    const timer = setImmediate(() => {
      this.later.delete(timer);
      this.childSaved(mapId);
    });
    this.later.add(timer);
  }

  /** The map went to the trash or came back (here or elsewhere): its loaded parents fetch again. */
  presenceChanged(mapId: string): void {
    this.childSaved(mapId);
  }

  /** After a relay outage: every entry is read again on next use. */
  dropAll(): void {
    this.cache.clear();
  }

  stop(): void {
    for (const timer of this.later) clearImmediate(timer);
    this.later.clear();
    this.notices.stop();
  }

  /** The map's links to its children (none for a map without a readable doc). */
  linksOf(record: MapRecord): readonly ChildLinkRef[] {
    return this.entry(record)?.links ?? [];
  }

  /** The distinct maps it links (the maps list's `childMapIds`). */
  childIdsOf(record: MapRecord): readonly string[] {
    return this.entry(record)?.childIds ?? [];
  }

  /** The child's roll-up; undefined when it has no readable doc. */
  rollupOf(record: MapRecord): MapRollup | undefined {
    return this.entry(record)?.rollup;
  }

  /** The maps (of `records`, e.g. those not in the trash) that link `mapId`. */
  parentsOf(mapId: string, records: readonly MapRecord[]): MapRecord[] {
    return records.filter((r) => r.id !== mapId && this.childIdsOf(r).includes(mapId));
  }

  /** Drops entries of maps no longer listed (trashed, deleted). */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of this.cache.keys()) if (!ids.has(id)) this.cache.delete(id);
  }

  private childSaved(childId: string): void {
    this.cache.delete(childId);
    for (const mapId of this.rooms.mapIds) {
      if (mapId === childId) continue;
      const room = this.rooms.get(mapId, 'map');
      if (!room?.isLive || room.peerCount === 0) continue;
      // Read from the live doc (cheap, and current even when its entry is not).
      if (!docChildMapIds(room.doc, mapId).has(childId)) continue;
      this.notices.send(mapId, childId, (notice) => this.rooms.get(mapId, 'map')?.notifyPeers(notice));
    }
  }

  private entry(record: MapRecord): Entry | undefined {
    const day = isoDay(this.now());
    const cached = this.cache.get(record.id);
    if (cached && cached.updatedAt === record.updatedAt && cached.day === day) return cached;
    return this.compute(record.id, record.updatedAt, day);
  }

  private compute(mapId: string, updatedAt: number, day: string): Entry | undefined {
    let entry: Entry | undefined;
    try {
      const map = readStoredMap(this.store, this.rooms, mapId);
      if (map) {
        const links = childLinksOf(map, mapId);
        const childIds = [...new Set(links.map((l) => l.mapId))];
        entry = { updatedAt, day, links, childIds, rollup: rollupOf(map, this.now()) };
      }
    } catch (err) {
      // A map the readers cannot make sense of links nothing and has no figures: nothing fails.
      this.onError(mapId, err);
    }
    if (entry) this.cache.set(mapId, entry);
    else this.cache.delete(mapId);
    return entry;
  }
}
