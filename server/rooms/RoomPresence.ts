import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { RELAY_ORIGIN } from '../cluster/DocRelay';
import { AwarenessRelay, type RelayTiming } from './AwarenessRelay';
import { awarenessMessage } from './messages';
import { PresenceGate, type GatedUpdate, type PresenceSender } from './PresenceGate';
import type { RoomPeer } from './RoomPeer';

export interface RoomPresenceOptions {
  /** Sends one awareness message to every local peer (the sender included). */
  broadcast: (message: Uint8Array) => void;
  /**
   * Publishes one awareness update to the other processes holding the doc (issue 20). Absent (one
   * process): nothing is batched or encoded for them.
   */
  publish?: (update: Uint8Array) => void;
  /** Whether an awareness origin is one of the room's connections (their updates are ours to publish). */
  isPeer: (origin: unknown) => boolean;
  timing?: RelayTiming;
}

/** Origin of the removal of a departed connection's states: published like its own updates. */
const PEER_LEFT: unique symbol = Symbol('journey.peerLeft');

/**
 * A room's presence: the awareness, the gate that binds its entries to connections, and two
 * batchers of the same kind (`AwarenessRelay`), one to the local peers and one to the other
 * processes. Each sends, once per tick, one message with the latest state of every client that
 * changed (or its removal), so 300 people moving at 20 Hz cost the relay one publish per tick,
 * not 6,000 a second. Only what this process's gate admitted, and the departures of its own
 * connections, is published: presence relayed from another process is that process's to publish,
 * and a state this awareness timed out (it missed a renewal) may still be alive where it came from.
 */
export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness;
  /** Which connection owns which awareness client ids: only those it may set, and removed when it leaves. */
  private readonly gate: PresenceGate;
  private readonly toPeers: AwarenessRelay;
  private readonly toCluster: AwarenessRelay | undefined;
  /** Clients whose state really changed in the awareness event being handled (vs. renewed). */
  private readonly changedNow = new Set<number>();

  constructor(
    doc: Y.Doc,
    private readonly options: RoomPresenceOptions,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.gate = new PresenceGate(this.awareness.clientID);
    // Echoed to the sender too: the stock client treats 30 s of silence as a dead connection.
    this.toPeers = new AwarenessRelay(this.awareness, options.broadcast, options.timing);
    this.toCluster =
      options.publish &&
      new AwarenessRelay(this.awareness, options.publish, options.timing, (awareness, ids) =>
        awarenessProtocol.encodeAwarenessUpdate(awareness, ids),
      );
    this.awareness.on('change', this.onChange);
    this.awareness.on('update', this.onUpdate);
  }

  /** A joiner gets everyone's presence at once, not with the next change. */
  greet(peer: RoomPeer): void {
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) peer.send(awarenessMessage(this.awareness, present));
  }

  /**
   * A peer's awareness update: only the entries the gate admits (the peer's own client ids, within
   * the limits, stamped with its identity) are applied and relayed. Throws on undecodable bytes.
   */
  receive(sender: PresenceSender, update: Uint8Array): GatedUpdate['refused'] {
    const gated = this.gate.admit(sender, update);
    if (gated.update) awarenessProtocol.applyAwarenessUpdate(this.awareness, gated.update, sender.peer);
    return gated.refused;
  }

  /**
   * A connection closed: the states it owned are removed, so the others (here and, with the next
   * tick, on the other processes, not after awareness' 30 s timeout) see the person leave.
   */
  leave(peer: RoomPeer): void {
    const clients = this.gate.release(peer);
    if (clients.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, clients, PEER_LEFT);
  }

  /** Presence relayed from another process; the batcher passes it to local peers. */
  applyRelayed(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, RELAY_ORIGIN);
  }

  /** Departures still waiting for their tick reach the other processes before the room goes. */
  destroy(): void {
    this.awareness.off('change', this.onChange);
    this.awareness.off('update', this.onUpdate);
    this.toCluster?.flush();
    this.toCluster?.destroy();
    this.toPeers.destroy();
    this.awareness.destroy();
  }

  /** Emitted just before 'update', only for states whose content changed (or that came or went). */
  private readonly onChange = (change: { added: number[]; updated: number[]; removed: number[] }): void => {
    for (const id of [...change.added, ...change.updated, ...change.removed]) this.changedNow.add(id);
  };

  private readonly onUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const all = [...change.added, ...change.updated, ...change.removed];
    const changed = all.filter((id) => this.changedNow.has(id));
    const renewed = all.filter((id) => !this.changedNow.has(id));
    this.changedNow.clear();
    this.toPeers.changed(changed);
    this.toPeers.renewed(renewed);
    if (!this.toCluster || (origin !== PEER_LEFT && !this.options.isPeer(origin))) return;
    // Renewals too: the other processes' awareness drops a state it has not heard of for 30 s.
    this.toCluster.changed(changed);
    this.toCluster.renewed(renewed);
  };
}
