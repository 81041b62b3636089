import * as Y from 'yjs';
import { updateMessage } from './messages';
import type { RoomPeer } from './RoomPeer';

/** Where a room's durable updates go: its peers, and the other processes holding the doc. */
export interface OutboxTargets {
  peers(): Iterable<RoomPeer>;
  publish(update: Uint8Array): void;
}

/**
 * Group broadcast, the twin of the journal's group commit: the updates of one commit become durable
 * together (their appends resolve in one turn), so a room sends them as ONE merged update per peer
 * and per relay publish instead of one message each. On a busy map a commit carries several
 * updates; sending each to every peer cost a `writev` per peer per update, the largest part of the
 * server's CPU under load. Sent at the end of the turn (a microtask after the commit's appends
 * resolved), so it adds no delay.
 *
 * A peer never gets back an update only it made (as before); in a merged batch that also holds
 * others' updates it gets its own again, which Yjs ignores (the reference server echoes every
 * update to its sender).
 */
export class UpdateOutbox {
  private updates: Uint8Array[] = [];
  private origins: unknown[] = [];

  constructor(private readonly targets: OutboxTargets) {}

  /** A durable update from `origin` (a peer, or anything else for the server's own writes). */
  add(update: Uint8Array, origin: unknown): void {
    this.updates.push(update);
    this.origins.push(origin);
    if (this.updates.length === 1) queueMicrotask(() => this.flush());
  }

  /** Drops what is queued (the room failed or closed: nothing more leaves it). */
  clear(): void {
    this.updates = [];
    this.origins = [];
  }

  private flush(): void {
    const { updates, origins } = this;
    if (updates.length === 0) return;
    this.clear();
    const update = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
    const message = updateMessage(update);
    const sole = origins.every((o) => o === origins[0]) ? origins[0] : undefined;
    // The sender already has its update; everybody else gets it only now that it is on disk.
    for (const peer of this.targets.peers()) if (peer !== sole) peer.send(message);
    this.targets.publish(update);
  }
}
