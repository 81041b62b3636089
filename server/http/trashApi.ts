import type { Logger } from '../log';
import type { MapRecord, MapStore } from '../persistence/MapStore';
import type { RoomManager } from '../rooms/RoomManager';
import { toApiMap, type ApiMap } from './mapsApi';

const DAY_MS = 86_400_000;

/** A map in the trash as the API returns it: when it went, and when it goes for good. */
export interface ApiTrashedMap extends ApiMap {
  deletedAt: string;
  purgeAt: string;
}

/**
 * The trash: deleting a map moves it here (closed, hidden from lists and access) for
 * `trashDays`, during which its owner can restore it; then `purge` deletes it for good.
 * `now` is injected so tests can move the clock.
 */
export class TrashApi {
  constructor(
    private readonly store: MapStore,
    private readonly rooms: RoomManager,
    private readonly trashDays: number,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
    /** A map went to the trash or came back (issue 21: its parents' links change). */
    private readonly onMoved: (mapId: string) => void = () => {},
  ) {}

  /** Moves the map to the trash; its connections are closed with 4404 first. False if not live. */
  trash(id: string): boolean {
    this.rooms.evict(id);
    const moved = this.store.trashMap(id, this.now());
    if (moved) this.logger.info('map.trashed', { map: id });
    if (moved) this.onMoved(id);
    return moved;
  }

  list(visible: (map: MapRecord) => boolean): ApiTrashedMap[] {
    return this.store
      .listTrash()
      .filter(visible)
      .map((map) => ({
        ...toApiMap(map),
        deletedAt: new Date(map.deletedAt!).toISOString(),
        purgeAt: new Date(map.deletedAt! + this.trashDays * DAY_MS).toISOString(),
      }));
  }

  restore(id: string): boolean {
    const restored = this.store.restoreMap(id);
    if (restored) this.logger.info('map.restored', { map: id });
    if (restored) this.onMoved(id);
    return restored;
  }

  /** Deletes one trashed map for good (the caller checked it is in the trash). */
  deleteForGood(id: string): boolean {
    this.logger.info('map.deleted', { map: id });
    return this.store.deleteMap(id);
  }

  /** Deletes for good what has been in the trash for `trashDays`; at start and hourly. */
  purge(): string[] {
    const purged = this.store.purgeTrash(this.now() - this.trashDays * DAY_MS);
    if (purged.length > 0) this.logger.info('trash.purged', { maps: purged.length });
    return purged;
  }
}
