import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readMapInfo } from '../../model';
import { LOCAL_RELAY, RELAY_ORIGIN, type DocRelay } from '../cluster/DocRelay';
import { CloseCode } from '../closeCodes';
import { errorMessage, type Logger } from '../log';
import type { DocRef } from '../persistence/docKeys';
import type { MapStore, MapTouch } from '../persistence/MapStore';
import { AwarenessRelay, type RelayTiming } from './AwarenessRelay';
import { ClientClaims } from './ClientClaims';
import { UpdateOutbox } from './UpdateOutbox';
import { awarenessMessage, syncStep1Message, updateMessage } from './messages';
import { PresenceGate, type GatedUpdate, type PresenceSender } from './PresenceGate';
import { authorOf, type RoomHooks } from './RoomHooks';
import { PendingAppends } from './PendingAppends';
import type { RoomPeer } from './RoomPeer';
import { RoomVersions } from './RoomVersions';

export interface RoomOptions {
  compactEvery: number;
  logger: Logger;
  /** The last peer left: the manager may unload the room after its TTL. */
  onIdle(room: Room): void;
  /** A write to the store failed: the manager must drop the room without saving it. */
  onFailed(room: Room): void;
  /** How presence is batched; tests shorten it. */
  relayTiming?: RelayTiming;
  /** After a failed write, how long the doc refuses to reload (told to clients as "retry in N s"). */
  storageRetryMs?: number;
  /** The map's history listens here (server/versions); absent, nobody does. */
  hooks?: RoomHooks;
  /** The clock stamped on stored updates and edits (ms since the epoch); tests move it. */
  now?: () => number;
  /** Issue 20: the other processes holding this doc (default: none). */
  relay?: DocRelay;
}

/** What the store held when the doc was loaded. */
export interface LoadedState {
  /** Sequence number of the last logged update. */
  lastSeq: number;
  /** Updates logged since the last snapshot. */
  pending: number;
  /** maps.title as stored; if it differs from the doc's title, the next write corrects it. */
  storedTitle: string;
}

/**
 * One live doc — a map or a map's comments — with the people's presence (awareness) and their
 * connections. Every doc update, whoever made it, is appended to the store's journal and
 * broadcast only once that append is durable (group commit, issue 20), so nobody ever sees an edit
 * that a crash could still lose. Meanwhile the doc is ahead of the disk: whatever is computed from
 * it for someone else (sync step 2, an HTTP answer) waits for `whenDurable`.
 */
export class Room {
  readonly awareness: awarenessProtocol.Awareness;
  /** Doc and presence versions, and their shared encodings for joiners. */
  readonly versions: RoomVersions;
  private readonly peers = new Set<RoomPeer>();
  /** Which connection owns which awareness client ids: only those it may set, and removed when it leaves. */
  private readonly presenceGate: PresenceGate;
  private readonly relay: AwarenessRelay;
  /** Clients whose state really changed in the awareness event being handled (vs. renewed). */
  private readonly changedNow = new Set<number>();
  /** Map docs: the Yjs client ids each person's connections write with. */
  private readonly claims: ClientClaims | undefined;
  private lastSeq: number;
  private pending: number;
  private title: string;
  private compactQueued = false;
  /** Journal appends not settled yet: meanwhile the doc is ahead of the disk. */
  private readonly appends = new PendingAppends();
  /** Durable updates on their way to the peers and the other processes, one message per commit. */
  private readonly outbox = new UpdateOutbox({
    peers: () => this.peers,
    publish: (update) => this.cluster.publishUpdate(this.ref.docId, update),
  });
  /** Encoded size of the doc: exact when measured or compacted, plus every update since (an upper bound). */
  private sizeBytes: number | undefined;
  /**
   * Time spent saving and relaying updates, which Yjs runs inside `applyUpdate`: a connection's
   * apply-time budget subtracts it, so a slow disk or a full room is not charged to the writer.
   */
  serverWorkMs = 0;
  private state: 'live' | 'failed' | 'destroyed' = 'live';

  constructor(
    readonly ref: DocRef,
    readonly doc: Y.Doc,
    private readonly store: MapStore,
    loaded: LoadedState,
    private readonly options: RoomOptions,
  ) {
    this.lastSeq = loaded.lastSeq;
    this.pending = loaded.pending;
    this.title = loaded.storedTitle;
    this.claims = ref.kind === 'map' ? new ClientClaims(doc.clientID) : undefined;
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.versions = new RoomVersions(doc, this.awareness);
    this.presenceGate = new PresenceGate(this.awareness.clientID);
    // Echoed to the sender too: the stock client treats 30 s of silence as a dead connection.
    this.relay = new AwarenessRelay(
      this.awareness,
      (message) => {
        for (const peer of this.peers) peer.send(message);
      },
      options.relayTiming,
    );
    doc.on('update', this.onDocUpdate);
    this.awareness.on('change', this.onAwarenessChange);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  get mapId(): string {
    return this.ref.mapId;
  }

  get peerCount(): number {
    return this.peers.size;
  }

  get isLive(): boolean {
    return this.state === 'live';
  }

  /** How big the doc is, for the size limit; measured once, then kept up to date cheaply. */
  get docBytes(): number {
    this.sizeBytes ??= Y.encodeStateAsUpdate(this.doc).length;
    return this.sizeBytes;
  }

  /** The people connected now (each once), e.g. for who was there when a version was taken. */
  get personIds(): string[] {
    return [...new Set([...this.peers].map((peer) => peer.personId))];
  }

  /** Whether `personId` has a connection here: a facilitator seat whose holder left is free. */
  hasPerson(personId: string): boolean {
    for (const peer of this.peers.keys()) if (peer.personId === personId) return true;
    return false;
  }

  /** Starts the sync handshake: our state vector (step 1) and everyone's presence. */
  addPeer(peer: RoomPeer): void {
    if (this.state !== 'live') return peer.close(CloseCode.INTERNAL_ERROR, 'room unavailable');
    this.peers.add(peer);
    peer.send(syncStep1Message(this.doc));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) peer.send(awarenessMessage(this.awareness, present));
    this.options.hooks?.joined(this, peer);
  }

  /**
   * A peer's awareness update: only the entries the gate admits (the peer's own client ids, within
   * the limits, stamped with its identity) are applied and relayed. Throws on undecodable bytes.
   */
  receivePresence(sender: PresenceSender, update: Uint8Array): GatedUpdate['refused'] {
    if (this.state !== 'live' || !this.peers.has(sender.peer)) return {};
    const gated = this.presenceGate.admit(sender, update);
    if (gated.update) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, gated.update, sender.peer);
      this.cluster.publishAwareness(this.ref.docId, gated.update);
    }
    return gated.refused;
  }

  /** A connection closed: drop it and the presence it owned, so the others see the person leave. */
  removePeer(peer: RoomPeer): void {
    if (!this.peers.delete(peer)) return;
    const clients = this.presenceGate.release(peer);
    if (this.state === 'destroyed') return;
    if (clients.length > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, clients, null);
      // The other processes drop the person now, not after awareness' 30 s timeout (only ids the
      // awareness has met: encoding one it never saw throws).
      const known = clients.filter((id) => this.awareness.meta.has(id));
      if (known.length > 0) {
        this.cluster.publishAwareness(
          this.ref.docId,
          awarenessProtocol.encodeAwarenessUpdate(this.awareness, known),
        );
      }
    }
    this.options.hooks?.left(this, peer);
    if (this.peers.size === 0) this.options.onIdle(this);
  }

  closeAll(code: number, reason: string): void {
    for (const peer of [...this.peers]) peer.close(code, reason);
  }

  /** True when every update in the doc is on disk (no append in flight). */
  get isDurable(): boolean {
    return this.appends.none;
  }

  /**
   * Resolves once every update the doc holds now is durable; rejects if one of them could not be
   * stored (the room then fails: 1013 to its peers, 503 to an HTTP caller).
   */
  whenDurable(): Promise<void> {
    return this.appends.whenDurable();
  }

  /** Resolves once every append made so far has settled, stored or not (unload, shutdown). */
  settled(): Promise<void> {
    return this.appends.settled();
  }

  /**
   * Folds the logged updates into one snapshot. Best effort: on failure the log still has them.
   * It drops only durable rows (through `lastSeq`); the snapshot may also hold appends still in
   * flight (waiting for them would starve it under steady writes): their rows land after it and
   * replay as no-ops, and none of them was broadcast, so a failed one was never acknowledged.
   */
  compact(): void {
    if (this.state !== 'live' || this.pending === 0) return;
    try {
      const state = Y.encodeStateAsUpdate(this.doc);
      this.store.compact(this.ref.docId, state, this.lastSeq);
      this.sizeBytes = state.length;
      this.options.logger.info('room.compacted', { ...this.logFields, updates: this.pending });
      this.pending = 0;
    } catch (err) {
      this.options.logger.error('room.compact_failed', { ...this.logFields, error: errorMessage(err) });
    }
  }

  destroy(): void {
    if (this.state === 'destroyed') return;
    this.state = 'destroyed';
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('change', this.onAwarenessChange);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.relay.destroy();
    this.versions.destroy();
    this.awareness.destroy();
    this.doc.destroy();
    this.peers.clear();
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    const started = performance.now();
    try {
      this.saveAndRelay(update, origin);
    } finally {
      this.serverWorkMs += performance.now() - started;
    }
  };

  private saveAndRelay(update: Uint8Array, origin: unknown): void {
    if (this.state !== 'live') return;
    if (origin === RELAY_ORIGIN) return this.passOnRelayed(update);
    const author = authorOf(origin);
    // Appends resolve in the order they were made, so broadcasts keep the order of the updates.
    this.persist(update, author, origin).then(
      (seq) => this.saved(seq, update, origin, author),
      (err: unknown) => this.fail(err),
    );
  }

  /** An update is durable: only now does anybody else see it. */
  private saved(seq: number, update: Uint8Array, origin: unknown, author: string | null): void {
    this.appends.settle(true);
    this.lastSeq = seq;
    this.pending += 1;
    if (this.state !== 'live') return;
    this.outbox.add(update, origin);
    if (this.pending >= this.options.compactEvery) this.queueCompaction();
    this.options.hooks?.saved(this, author);
  }

  /**
   * An update another process stored and published: the local peers get it; it is not stored or
   * published again, and the history and programme hooks ran in the process that stored it.
   */
  private passOnRelayed(update: Uint8Array): void {
    if (this.sizeBytes !== undefined) this.sizeBytes += update.length;
    const message = updateMessage(update);
    for (const peer of this.peers) peer.send(message);
  }

  /** Applies an update relayed from another process (already durable in the shared store). */
  applyRelayed(update: Uint8Array): void {
    if (this.state !== 'live') return;
    Y.applyUpdate(this.doc, update, RELAY_ORIGIN);
  }

  /** Applies presence relayed from another process; the awareness relay passes it to local peers. */
  applyRelayedPresence(update: Uint8Array): void {
    if (this.state !== 'live') return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, RELAY_ORIGIN);
  }

  /** The other processes holding this doc (issue 20); not the presence batcher `relay`. */
  private get cluster(): DocRelay {
    return this.options.relay ?? LOCAL_RELAY;
  }

  /** `map=… doc=comments` in log lines; map rooms keep the plain `map=…` they always had. */
  get logFields(): { map: string; doc?: string } {
    return this.ref.kind === 'map' ? { map: this.mapId } : { map: this.mapId, doc: this.ref.kind };
  }

  /** Stored with who made it: the edit log of a map doc says whose update each one was. */
  private persist(update: Uint8Array, author: string | null, origin: unknown): Promise<number> {
    const touch = this.mapTouch();
    // Only a connection's update claims: an HTTP action's writes carry the server's client id.
    const claims =
      author !== null && this.claims && this.peers.has(origin as RoomPeer) ? this.claims.fresh(update) : [];
    const appended = this.store.journal.append({
      docId: this.ref.docId,
      update,
      touch,
      author,
      ...(claims.length > 0 ? { claims } : {}),
    });
    this.appends.track(appended);
    if (this.sizeBytes !== undefined) this.sizeBytes += update.length;
    // Counted as stored now, so the next update does not write the same title again.
    if (touch?.title !== undefined) this.title = touch.title;
    return appended;
  }

  /**
   * Map edits move the map up the maps list and keep its stored title current. The comments doc is
   * opaque to the server and has no row of its own: a comment leaves the map's row alone.
   */
  private mapTouch(): MapTouch | undefined {
    if (this.ref.kind !== 'map') return undefined;
    const title = readMapInfo(this.doc).title;
    return { updatedAt: this.now(), title: title !== this.title ? title : undefined };
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Compaction runs after the current transaction, not inside Yjs' update event. */
  private queueCompaction(): void {
    if (this.compactQueued) return;
    this.compactQueued = true;
    setImmediate(() => {
      this.compactQueued = false;
      this.compact();
    });
  }

  /** Emitted just before 'update', only for states whose content changed (or that came or went). */
  private readonly onAwarenessChange = (change: {
    added: number[];
    updated: number[];
    removed: number[];
  }): void => {
    for (const id of [...change.added, ...change.updated, ...change.removed]) this.changedNow.add(id);
  };

  private readonly onAwarenessUpdate = (change: {
    added: number[];
    updated: number[];
    removed: number[];
  }): void => {
    const all = [...change.added, ...change.updated, ...change.removed];
    this.relay.changed(all.filter((id) => this.changedNow.has(id)));
    this.relay.renewed(all.filter((id) => !this.changedNow.has(id)));
    this.changedNow.clear();
  };

  /** The store refused a write: this doc is now ahead of the disk, so it must not live on. */
  private fail(err: unknown): void {
    this.appends.settle(false);
    if (this.state !== 'live') return;
    this.state = 'failed';
    this.options.logger.error('room.persist_failed', { ...this.logFields, error: errorMessage(err) });
    // Clients keep the edit and send it again when they reconnect to a freshly loaded room, after
    // the manager's cooldown: a full disk must not make every tab reload the doc 4×/s.
    const seconds = Math.ceil((this.options.storageRetryMs ?? 0) / 1000);
    this.closeAll(CloseCode.TRY_AGAIN_LATER, `could not save the map; retry in ${seconds} s`);
    this.options.onFailed(this);
  }
}
