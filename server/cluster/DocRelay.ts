/**
 * Issue 20: how the processes that hold the same doc hear each other's updates and presence. One
 * process: `LOCAL_RELAY` (nothing to relay). Several (JOURNEY_REDIS_URL): `RedisRelay`.
 *
 * An update is published only after it is durable in the shared store, so a process that applies
 * a relayed update never stores it again; a relayed message that is lost (Redis restarted, a
 * subscriber reconnecting) is repaired by `resync`, which re-reads the doc from the store.
 */
export interface RelaySink {
  /** A doc update another process has made durable: apply it (origin `RELAY_ORIGIN`). */
  update(update: Uint8Array): void;
  /** An awareness update another process's gate admitted: apply it and pass it to local peers. */
  awareness(update: Uint8Array): void;
  /** The relay may have missed messages (reconnected): reload the doc from the store and apply it. */
  resync(): void;
}

/** Cluster-wide events: what one process decides and every process must act on. */
export type ClusterEvent =
  | { type: 'map-closed'; mapId: string; code: number; reason: string }
  | { type: 'link-revoked'; mapId: string; linkId: string }
  | { type: 'failed-attempt'; address: string }
  /** A rate-limited action spent a token (a map created, a metrics push): every process takes one too. */
  | { type: 'rate-spent'; limiter: 'create' | 'metrics'; key: string }
  | { type: 'cache-dropped'; mapId: string }
  /**
   * A process is back on the relay after an outage: what it published meanwhile was lost, so every
   * process re-reads from the shared store what those events would have told it (`recheckShared`).
   */
  | { type: 'relay-rejoined' };

export interface DocRelay {
  /** Starts hearing a doc's relayed messages; called before the doc is loaded from the store. */
  join(docId: string, sink: RelaySink): void;
  leave(docId: string): void;
  publishUpdate(docId: string, update: Uint8Array): void;
  publishAwareness(docId: string, update: Uint8Array): void;
  publishEvent(event: ClusterEvent): void;
  /** Events published by other processes (never this one's own). */
  onEvent(listener: (event: ClusterEvent) => void): () => void;
  /**
   * The relay is back after an outage (resubscribed, docs resynced): events published meanwhile,
   * by anyone, never arrived. Returns the unsubscribe.
   */
  onReconnect(listener: () => void): () => void;
  close(): Promise<void>;
}

/** Origin of relayed updates in a room's doc: already durable, never stored or published again. */
export const RELAY_ORIGIN: unique symbol = Symbol('journey.relay');

/** One process: nothing to relay. */
export const LOCAL_RELAY: DocRelay = {
  join() {},
  leave() {},
  publishUpdate() {},
  publishAwareness() {},
  publishEvent() {},
  onEvent: () => () => {},
  onReconnect: () => () => {},
  close: async () => {},
};
