import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { JourneyNotice } from '../../model';
import { LOCAL_RELAY, RELAY_ORIGIN, type DocRelay } from '../cluster/DocRelay';
import { CloseCode } from '../closeCodes';
import { errorMessage } from '../log';
import type { DocRef } from '../persistence/docKeys';
import type { MapStore } from '../persistence/MapStore';
import { ClientClaims } from './ClientClaims';
import { MapRowTouch } from './MapRowTouch';
import { syncStep1Message, updateMessage } from './messages';
import type { GatedUpdate, PresenceSender } from './PresenceGate';
import { authorOf } from './RoomHooks';
import { UpdateOutbox } from './UpdateOutbox';
import { PendingAppends } from './PendingAppends';
import type { LoadedState, RoomOptions } from './roomOptions';
import { RoomPresence } from './RoomPresence';
import type { RoomPeer } from './RoomPeer';
import { RoomVersions } from './RoomVersions';

/**
 * One live doc — a map or a map's comments — with the people's presence (awareness) and their
 * connections. Every doc update, whoever made it, is appended to the store's journal and
 * broadcast only once that append is durable (group commit, issue 20), so nobody ever sees an edit
 * that a crash could still lose. Meanwhile the doc is ahead of the disk: whatever is computed from
 * it for someone else (sync step 2, an HTTP answer) waits for `whenDurable`.
 */
export class Room {
  /** Doc and presence versions, and their shared encodings for joiners. */
  readonly versions: RoomVersions;
  private readonly peers = new Set<RoomPeer>();
  /** The people's presence: gated, batched to the local peers and to the other processes. */
  private readonly presence: RoomPresence;
  /** Map docs: the Yjs client ids each person's connections write with. */
  private readonly claims: ClientClaims | undefined;
  private lastSeq: number;
  private pending: number;
  /** Map docs: what each update changes in the map's row (updated at, title). */
  private readonly row: MapRowTouch | undefined;
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
    this.row = ref.kind === 'map' ? new MapRowTouch(loaded.storedTitle, () => this.now()) : undefined;
    this.claims = ref.kind === 'map' ? new ClientClaims(doc.clientID) : undefined;
    this.presence = new RoomPresence(doc, {
      broadcast: (message) => {
        for (const peer of this.peers) peer.send(message);
      },
      // One process: no second batcher encoding presence for nobody.
      publish:
        this.cluster === LOCAL_RELAY
          ? undefined
          : (update) => this.cluster.publishAwareness(this.ref.docId, update),
      isPeer: (origin) => this.peers.has(origin as RoomPeer),
      timing: options.relayTiming,
    });
    this.versions = new RoomVersions(doc, this.awareness);
    doc.on('update', this.onDocUpdate);
  }

  get awareness(): awarenessProtocol.Awareness {
    return this.presence.awareness;
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
    this.presence.greet(peer);
    this.options.hooks?.joined(this, peer);
  }

  /** A peer's awareness update, through the gate (`RoomPresence.receive`). Throws on undecodable bytes. */
  receivePresence(sender: PresenceSender, update: Uint8Array): GatedUpdate['refused'] {
    if (this.state !== 'live' || !this.peers.has(sender.peer)) return {};
    return this.presence.receive(sender, update);
  }

  /** A connection closed: drop it and the presence it owned, so the others see the person leave. */
  removePeer(peer: RoomPeer): void {
    if (!this.peers.delete(peer)) return;
    if (this.state === 'destroyed') return;
    this.presence.leave(peer);
    this.options.hooks?.left(this, peer);
    if (this.peers.size === 0) this.options.onIdle(this);
  }

  /** A journey notice to every peer here that asked for notices (issue 21: `links-changed`). */
  notifyPeers(notice: JourneyNotice): void {
    if (this.state !== 'live') return;
    for (const peer of this.peers) peer.notify?.(notice);
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
    this.versions.destroy();
    this.presence.destroy();
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

  /** Applies presence relayed from another process; the batcher passes it to local peers. */
  applyRelayedPresence(update: Uint8Array): void {
    if (this.state !== 'live') return;
    this.presence.applyRelayed(update);
  }

  /** The other processes holding this doc (issue 20). */
  private get cluster(): DocRelay {
    return this.options.relay ?? LOCAL_RELAY;
  }

  /** `map=… doc=comments` in log lines; map rooms keep the plain `map=…` they always had. */
  get logFields(): { map: string; doc?: string } {
    return this.ref.kind === 'map' ? { map: this.mapId } : { map: this.mapId, doc: this.ref.kind };
  }

  /** Stored with who made it: the edit log of a map doc says whose update each one was. */
  private persist(update: Uint8Array, author: string | null, origin: unknown): Promise<number> {
    const touch = this.row?.next(this.doc);
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
    return appended;
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
