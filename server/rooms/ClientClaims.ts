import * as Y from 'yjs';

/**
 * The Yjs client ids a map room's connections write with, claimed for their person
 * (`doc_clients`; revert by person reads it). The claim rides with the update's journal append, in
 * the same transaction (no write of its own on the event loop). Each id is claimed once per room
 * life, and the server's own id never: a write rule puts values back inside the writer's
 * transaction, with the server's client id. A failed append fails the room, and the next room
 * claims again (the store ignores an id it already holds).
 */
export class ClientClaims {
  private readonly claimed = new Set<number>();

  constructor(private readonly serverClientId: number) {}

  /** The ids `update` was written with that this room has not claimed yet; marks them claimed. */
  fresh(update: Uint8Array): number[] {
    const fresh: number[] = [];
    for (const id of Y.parseUpdateMeta(update).from.keys()) {
      if (id === this.serverClientId || this.claimed.has(id)) continue;
      this.claimed.add(id);
      fresh.push(id);
    }
    return fresh;
  }
}
