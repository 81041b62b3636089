import * as Y from 'yjs';
import type { MapStore } from '../persistence/MapStore';

/**
 * The Yjs client ids a map room's connections write with, claimed for their person in the store
 * (`doc_clients`; revert by person reads it). Each id is written once per room life, and the
 * server's own id never: a write rule puts values back inside the writer's transaction, with the
 * server's client id.
 */
export class ClientClaims {
  private readonly claimed = new Set<number>();

  constructor(
    private readonly store: MapStore,
    private readonly mapId: string,
    private readonly serverClientId: number,
  ) {}

  /** Claims the ids `update` was written with for `personId`; throws if the store does. */
  claim(update: Uint8Array, personId: string, at: number): void {
    const fresh = [...Y.parseUpdateMeta(update).from.keys()].filter(
      (id) => id !== this.serverClientId && !this.claimed.has(id),
    );
    if (fresh.length === 0) return;
    this.store.recordDocClients(this.mapId, personId, fresh, at);
    for (const id of fresh) this.claimed.add(id);
  }
}
