import type * as awarenessProtocol from 'y-protocols/awareness';
import { awarenessMessage } from './messages';

export interface RelayTiming {
  /** Changes (a new cursor, someone joining or leaving) go out at once, then at most once per this. */
  changeMs: number;
  /**
   * A renewal (same state, newer clock; the stock client sends one every 15 s) may wait this long.
   * Peers drop a state after 30 s without news, so 15 s + this must stay well under 30 s.
   */
  renewalMs: number;
}

export const DEFAULT_RELAY_TIMING: RelayTiming = { changeMs: 50, renewalMs: 5000 };

/**
 * Relays a room's presence to its peers in batches: one message carrying every client whose state
 * changed or was renewed since the last one, instead of one message per client per event. 50 idle
 * people renewing every 15 s cost 50 × 50 / 15 ≈ 167 messages/s relayed one by one; batched, each
 * peer gets at most one renewal message per `renewalMs`. Nothing is dropped: every id passed in is
 * in the next message, encoded with its latest state (or its removal) at that moment.
 */
export class AwarenessRelay {
  private readonly pending = new Set<number>();
  private timer: NodeJS.Timeout | undefined;
  private dueAt = Infinity;
  private lastSent = -Infinity;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly broadcast: (message: Uint8Array) => void,
    private readonly timing: RelayTiming = DEFAULT_RELAY_TIMING,
  ) {}

  changed(clients: readonly number[]): void {
    if (clients.length === 0) return;
    for (const id of clients) this.pending.add(id);
    this.schedule(Math.max(Date.now(), this.lastSent + this.timing.changeMs));
  }

  renewed(clients: readonly number[]): void {
    if (clients.length === 0) return;
    for (const id of clients) this.pending.add(id);
    this.schedule(Date.now() + this.timing.renewalMs);
  }

  /** Sends whatever is pending now. */
  flush(): void {
    this.cancel();
    if (this.pending.size === 0) return;
    const clients = [...this.pending];
    this.pending.clear();
    this.lastSent = Date.now();
    this.broadcast(awarenessMessage(this.awareness, clients));
  }

  destroy(): void {
    this.cancel();
    this.pending.clear();
  }

  /** Keeps the earliest due time of everything pending. */
  private schedule(at: number): void {
    if (at >= this.dueAt) return;
    this.cancel();
    const delay = at - Date.now();
    if (delay <= 0) return this.flush();
    this.dueAt = at;
    this.timer = setTimeout(() => this.flush(), delay);
    // Presence alone must not keep the process alive.
    this.timer.unref();
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.dueAt = Infinity;
  }
}
