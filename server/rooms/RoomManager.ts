import * as Y from 'yjs';
import { migrateDoc } from '../../model';
import { CloseCode } from '../closeCodes';
import { errorMessage, type Logger } from '../log';
import type { MapStore } from '../persistence/MapStore';
import { Room } from './Room';

export interface RoomManagerOptions {
  compactEvery: number;
  /** How long an empty room stays loaded. */
  roomTtlMs: number;
  logger: Logger;
}

/**
 * Loads a map into a Room on first use and unloads it (after compacting) once nobody has been
 * connected for `roomTtlMs`. The only place rooms are created or destroyed.
 */
export class RoomManager {
  private readonly rooms = new Map<string, Room>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: MapStore,
    private readonly options: RoomManagerOptions,
  ) {}

  get(mapId: string): Room | undefined {
    return this.rooms.get(mapId);
  }

  /**
   * The live room of a map, loading it if needed; undefined if the map does not exist.
   * Throws UnsupportedSchemaError if the map was written by a newer server.
   */
  acquire(mapId: string): Room | undefined {
    this.cancelUnload(mapId);
    const existing = this.rooms.get(mapId);
    if (existing?.isLive) return existing;
    if (existing) this.drop(existing);
    const room = this.load(mapId);
    if (room) this.rooms.set(mapId, room);
    return room;
  }

  /** Runs `fn` on a map's live doc (so connected people see the change); undefined if no such map. */
  withDoc<T>(mapId: string, fn: (doc: Y.Doc) => T): { result: T } | undefined {
    const room = this.acquire(mapId);
    if (!room) return undefined;
    try {
      const result = fn(room.doc);
      if (!room.isLive) throw new Error('could not save the map');
      return { result };
    } finally {
      this.releaseIfIdle(room);
    }
  }

  /** Closes the map's connections with 4404 and forgets its room; the caller deletes the data. */
  evict(mapId: string): void {
    const room = this.rooms.get(mapId);
    if (!room) return;
    room.closeAll(CloseCode.MAP_NOT_FOUND, 'map deleted');
    this.drop(room);
  }

  /** Shutdown: close every connection with `code`, save every room, forget them all. */
  closeAll(code: number, reason: string): void {
    for (const room of [...this.rooms.values()]) {
      room.closeAll(code, reason);
      room.compact();
      this.drop(room);
    }
  }

  /** Starts the unload countdown if nobody is connected (e.g. a handshake that never completed). */
  releaseIfIdle(room: Room): void {
    if (room.peerCount === 0 && this.rooms.get(room.mapId) === room) this.scheduleUnload(room);
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  private load(mapId: string): Room | undefined {
    const stored = this.store.loadDoc(mapId);
    if (!stored) return undefined;
    const doc = new Y.Doc();
    doc.transact(() => {
      Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    let pending = stored.updates.length;
    try {
      const { from, to } = migrateDoc(doc);
      if (from !== to) {
        // Saved right away so the migration runs once, not on every load.
        this.store.compact(mapId, Y.encodeStateAsUpdate(doc), stored.lastSeq, { updatedAt: Date.now() });
        pending = 0;
        this.options.logger.info('room.migrated', { map: mapId, from, to });
      }
    } catch (err) {
      doc.destroy();
      throw err;
    }
    const storedTitle = this.store.getMap(mapId)?.title ?? '';
    const room = new Room(
      mapId,
      doc,
      this.store,
      { lastSeq: stored.lastSeq, pending, storedTitle },
      {
        compactEvery: this.options.compactEvery,
        logger: this.options.logger,
        onIdle: (r) => this.scheduleUnload(r),
        // Deferred: onFailed is called from inside the doc's update event.
        onFailed: (r) => setImmediate(() => this.drop(r)),
      },
    );
    this.options.logger.info('room.loaded', { map: mapId, updates: stored.updates.length });
    if (pending >= this.options.compactEvery) room.compact();
    return room;
  }

  private scheduleUnload(room: Room): void {
    this.cancelUnload(room.mapId);
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.mapId);
      if (room.peerCount > 0 || this.rooms.get(room.mapId) !== room) return;
      room.compact();
      this.drop(room);
      this.options.logger.info('room.unloaded', { map: room.mapId });
    }, this.options.roomTtlMs);
    // An idle room must not keep the process alive.
    timer.unref();
    this.unloadTimers.set(room.mapId, timer);
  }

  private cancelUnload(mapId: string): void {
    const timer = this.unloadTimers.get(mapId);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(mapId);
  }

  private drop(room: Room): void {
    if (this.rooms.get(room.mapId) === room) {
      this.rooms.delete(room.mapId);
      this.cancelUnload(room.mapId);
    }
    try {
      room.destroy();
    } catch (err) {
      this.options.logger.error('room.destroy_failed', { map: room.mapId, error: errorMessage(err) });
    }
  }
}
