import * as Y from 'yjs';
import { migrateDoc } from '../../model';
import { LOCAL_RELAY, type DocRelay } from '../cluster/DocRelay';
import { CloseCode } from '../closeCodes';
import { errorMessage, type Logger } from '../log';
import { MAP_DOC_KINDS, docRef, type DocKind, type DocRef } from '../persistence/docKeys';
import type { MapStore } from '../persistence/MapStore';
import { Room } from './Room';
import type { RoomHooks } from './RoomHooks';
import { StorageUnavailableError } from '../persistence/StorageUnavailableError';

export interface RoomManagerOptions {
  compactEvery: number;
  /** How long an empty room stays loaded. */
  roomTtlMs: number;
  logger: Logger;
  /** After a failed write, how long the doc is not reloaded for upgrades (default 0). */
  storageRetryMs?: number;
  /** The map's history (server/versions): told when rooms load, gain and lose peers, save and go. */
  hooks?: RoomHooks;
  /** The clock of stored updates and edits; tests move it. */
  now?: () => number;
  /** Issue 20: the other processes holding the same docs (default: none). */
  relay?: DocRelay;
}

/**
 * Loads a doc (a map, or a map's comments) into a Room on first use and unloads it (after
 * compacting) once nobody has been connected for `roomTtlMs`. The only place rooms are created
 * or destroyed. Rooms are keyed by doc id, so a map's two rooms live and unload independently.
 */
export class RoomManager {
  private readonly rooms = new Map<string, Room>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /** Doc id → when a doc whose write failed may be loaded again for a socket (epoch ms). */
  private readonly failedUntil = new Map<string, number>();

  constructor(
    private readonly store: MapStore,
    private readonly options: RoomManagerOptions,
  ) {}

  get(mapId: string, kind: DocKind = 'map'): Room | undefined {
    return this.rooms.get(docRef(mapId, kind).docId);
  }

  /**
   * The live room of a map's doc, loading it if needed; undefined if the map does not exist.
   * Throws UnsupportedSchemaError if the map was written by a newer server.
   */
  acquire(mapId: string, kind: DocKind = 'map'): Room | undefined {
    const ref = docRef(mapId, kind);
    this.cancelUnload(ref.docId);
    const existing = this.rooms.get(ref.docId);
    if (existing?.isLive) return existing;
    // A failed room whose later appends are still in flight: a load now could miss one of them.
    if (existing && !existing.isDurable) throw StorageUnavailableError.forFailedDoc(this.retrySeconds);
    if (existing) this.drop(existing);
    const room = this.load(ref);
    if (room) this.rooms.set(ref.docId, room);
    return room;
  }

  /**
   * Milliseconds until a doc whose storage failed may be loaded for a socket again (0: now). Until
   * then upgrades are refused with 503 + Retry-After, so clients do not reload it from disk 4×/s.
   */
  retryAfterMs(mapId: string, kind: DocKind = 'map'): number {
    const { docId } = docRef(mapId, kind);
    const room = this.rooms.get(docId);
    if (room && !room.isLive && !room.isDurable) return Math.max(1000, this.options.storageRetryMs ?? 0);
    const until = this.failedUntil.get(docId);
    if (until === undefined) return 0;
    const left = until - Date.now();
    if (left <= 0) this.failedUntil.delete(docId);
    return Math.max(0, left);
  }

  /**
   * Reads a map's live doc (an export, a copy, a readout, a check before a write); undefined if no
   * such map. Not awaited: what it reads may include updates whose appends are still in flight.
   */
  readDoc<T>(mapId: string, read: (doc: Y.Doc) => T): { result: T } | undefined {
    const room = this.acquire(mapId);
    if (!room) return undefined;
    try {
      return { result: read(room.doc) };
    } finally {
      this.releaseIfIdle(room);
    }
  }

  /**
   * Runs `fn` on a map's live doc (so connected people see the change); undefined if no such map.
   * Resolves once everything the doc held after `fn` is durable, so an HTTP answer never reports a
   * change (or shows content) the disk could still lose; a failed write throws
   * StorageUnavailableError (503).
   */
  async withDoc<T>(mapId: string, fn: (doc: Y.Doc) => T): Promise<{ result: T } | undefined> {
    const room = this.acquire(mapId);
    if (!room) return undefined;
    try {
      const result = fn(room.doc);
      try {
        await room.whenDurable();
      } catch {
        throw StorageUnavailableError.forFailedDoc(this.retrySeconds);
      }
      return { result };
    } finally {
      this.releaseIfIdle(room);
    }
  }

  /**
   * Closes the map's connections (map and comments) with 4404 and forgets its rooms; the caller
   * deletes the data. `everywhere`: every other process holding the map does the same (issue 20).
   */
  evict(mapId: string, everywhere = true): void {
    if (everywhere) {
      this.relay.publishEvent({
        type: 'map-closed',
        mapId,
        code: CloseCode.MAP_NOT_FOUND,
        reason: 'map deleted',
      });
    }
    for (const kind of MAP_DOC_KINDS) {
      const room = this.get(mapId, kind);
      if (!room) continue;
      room.closeAll(CloseCode.MAP_NOT_FOUND, 'map deleted');
      this.drop(room);
    }
  }

  /**
   * Shutdown: close every connection with `code`, wait for every room's appends in flight, save
   * (compact) every room, forget them all.
   */
  async closeAll(code: number, reason: string): Promise<void> {
    const rooms = [...this.rooms.values()];
    for (const room of rooms) room.closeAll(code, reason);
    await Promise.all(rooms.map((room) => room.settled()));
    for (const room of rooms) {
      room.compact();
      this.drop(room);
    }
  }

  /** Starts the unload countdown if nobody is connected (e.g. a handshake that never completed). */
  releaseIfIdle(room: Room): void {
    if (room.peerCount === 0 && this.rooms.get(room.ref.docId) === room) this.scheduleUnload(room);
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** The maps with a loaded room (map or comments), each once. */
  get mapIds(): string[] {
    return [...new Set([...this.rooms.values()].map((room) => room.mapId))];
  }

  /** "retry in N s" for a doc whose writes failed: the cooldown, at least a second. */
  private get retrySeconds(): number {
    return Math.max(1, Math.ceil((this.options.storageRetryMs ?? 0) / 1000));
  }

  private get relay(): DocRelay {
    return this.options.relay ?? LOCAL_RELAY;
  }

  /**
   * Joins the relay before reading the store, so no update stored by another process in between is
   * missed; what arrives before the room exists is kept and applied once it does (Yjs ignores
   * what the doc already has).
   */
  private load(ref: DocRef): Room | undefined {
    const early: Uint8Array[] = [];
    const sink = { room: undefined as Room | undefined };
    this.relay.join(ref.docId, {
      update: (update) => (sink.room ? sink.room.applyRelayed(update) : early.push(update)),
      awareness: (update) => sink.room?.applyRelayedPresence(update),
      resync: () => {
        const room = sink.room;
        const again = room?.isLive ? this.store.loadDoc(ref.docId) : undefined;
        if (!room || !again) return;
        room.applyRelayed(Y.mergeUpdates([again.snapshot, ...again.updates]));
      },
    });
    let room: Room | undefined;
    try {
      room = this.loadStored(ref);
    } finally {
      if (!room) this.relay.leave(ref.docId);
    }
    sink.room = room;
    for (const update of early) room?.applyRelayed(update);
    return room;
  }

  private loadStored(ref: DocRef): Room | undefined {
    const stored = this.store.loadDoc(ref.docId);
    if (!stored) return undefined;
    const doc = new Y.Doc();
    doc.transact(() => {
      Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    let pending = stored.updates.length;
    // The comments doc belongs to model/comments and carries no schema the server migrates.
    if (ref.kind === 'map') {
      try {
        const { from, to } = migrateDoc(doc);
        if (from !== to) {
          // Saved right away so the migration runs once, not on every load.
          this.store.compact(ref.docId, Y.encodeStateAsUpdate(doc), stored.lastSeq, {
            updatedAt: Date.now(),
          });
          pending = 0;
          this.options.logger.info('room.migrated', { map: ref.mapId, from, to });
        }
      } catch (err) {
        doc.destroy();
        throw err;
      }
    }
    const storedTitle = this.store.getMap(ref.mapId)?.title ?? '';
    const room = new Room(
      ref,
      doc,
      this.store,
      { lastSeq: stored.lastSeq, pending, storedTitle },
      {
        compactEvery: this.options.compactEvery,
        logger: this.options.logger,
        storageRetryMs: this.options.storageRetryMs,
        hooks: this.options.hooks,
        now: this.options.now,
        relay: this.options.relay,
        onIdle: (r) => this.scheduleUnload(r),
        onFailed: (r) => {
          const retryMs = this.options.storageRetryMs ?? 0;
          if (retryMs > 0) this.failedUntil.set(r.ref.docId, Date.now() + retryMs);
          // Kept (refusing reloads) until its later appends settle, so a reload misses none.
          void r.settled().then(() => this.drop(r));
        },
      },
    );
    this.options.logger.info('room.loaded', { ...room.logFields, updates: stored.updates.length });
    if (pending >= this.options.compactEvery) room.compact();
    this.options.hooks?.loaded(room);
    return room;
  }

  private scheduleUnload(room: Room): void {
    const { docId } = room.ref;
    this.cancelUnload(docId);
    const timer = setTimeout(() => {
      this.unloadTimers.delete(docId);
      void this.unload(room);
    }, this.options.roomTtlMs);
    // An idle room must not keep the process alive.
    timer.unref();
    this.unloadTimers.set(docId, timer);
  }

  /** Once its appends have settled (a reload must not miss one), unless somebody came back meanwhile. */
  private async unload(room: Room): Promise<void> {
    await room.settled();
    const { docId } = room.ref;
    if (room.peerCount > 0 || this.rooms.get(docId) !== room || this.unloadTimers.has(docId)) return;
    room.compact();
    this.drop(room);
    this.options.logger.info('room.unloaded', room.logFields);
  }

  private cancelUnload(docId: string): void {
    const timer = this.unloadTimers.get(docId);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(docId);
  }

  private drop(room: Room): void {
    const { docId } = room.ref;
    this.options.hooks?.dropping(room);
    if (this.rooms.get(docId) === room) {
      this.rooms.delete(docId);
      this.cancelUnload(docId);
      this.relay.leave(docId);
    }
    try {
      room.destroy();
    } catch (err) {
      this.options.logger.error('room.destroy_failed', { ...room.logFields, error: errorMessage(err) });
    }
  }
}
