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
  /** The longest tick between two change messages, however big the room (see `tickAfter`). */
  maxTickMs?: number;
  /** What each peer should receive of presence per second, at most, while the tick can still grow. */
  bytesPerSecond?: number;
}

/**
 * 50 ms matches the clients' own pace (≤ 20 updates/s). 90 ms is the longest wait a change can
 * have at the server, which leaves 10 ms of the 100 ms cursor budget for the wire and the browser.
 * 768 KiB/s per peer (~6 Mbit/s, an ordinary office or home link) is what 300 people moving at once
 * cost at that longest tick: 300 × ~230 B (a Journey tab's state, stamped) per 90 ms.
 */
export const DEFAULT_RELAY_TIMING: Required<RelayTiming> = {
  changeMs: 50,
  renewalMs: 5000,
  maxTickMs: 90,
  bytesPerSecond: 768 * 1024,
};

/**
 * The tick a message of `bytes` needs after the one before it: long enough that messages of that
 * size stay within `bytesPerSecond`, between `changeMs` and `maxTickMs`.
 *
 * Why: every client id that changed within a tick goes out once, with its latest state, in one
 * message that every peer receives (the same buffer). With n people moving their cursors at 20 Hz
 * and ticks ≥ 50 ms, each message carries all n states, so a peer receives n × (state bytes) / tick
 * per second: at a fixed tick that grows with the room (300 people × ~230 B at 50 ms is 1.4 MB/s
 * each, 414 MB/s out of the server). Growing the tick with the size of the message keeps it at
 * `bytesPerSecond` (a quiet room of 300 where 10 people move still gets 50 ms). It costs no cursor
 * latency for people who move continuously — the message carries each one's latest state, at most
 * one client period (50 ms) old — and a lone move waits at most `maxTickMs`. Past the cap (about
 * 300 people moving at once, with Journey's states) latency wins over bytes: the rate grows again.
 */
export function tickAfter(bytes: number, timing: RelayTiming): number {
  const { maxTickMs, bytesPerSecond } = { ...DEFAULT_RELAY_TIMING, ...timing };
  const forBudget = (bytes * 1000) / bytesPerSecond;
  return Math.min(Math.max(timing.changeMs, forBudget), Math.max(timing.changeMs, maxTickMs));
}

/**
 * Relays a room's presence to its peers (or to the other processes, issue 20) in batches: one message carrying every client whose state
 * changed or was renewed since the last one, instead of one message per client per event. Many
 * updates from one client within a tick coalesce into one entry (its latest state or its removal,
 * read from the awareness when the message is encoded). Presence relayed from other processes enters
 * the same awareness and so the same batches. 50 idle people renewing every 15 s cost 50 × 50 / 15
 * ≈ 167 messages/s relayed one by one; batched, each peer gets at most one renewal message per
 * `renewalMs`. Nothing is dropped: every id passed in is in the next message.
 */
export class AwarenessRelay {
  private readonly pending = new Set<number>();
  private timer: NodeJS.Timeout | undefined;
  private dueAt = Infinity;
  private lastSent = -Infinity;
  private lastBytes = 0;
  /**
   * Bytes per entry of recent messages (moving average): what the pending entries will weigh, so
   * the tick is set by the message about to go out, not by the last one (after a lull, a small
   * message would otherwise let a big one follow 50 ms later).
   */
  private entryBytes = 0;

  /**
   * @param encode how a batch is framed: a y-websocket awareness message for peers (the default),
   *   a bare awareness update for the cluster relay.
   */
  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly broadcast: (message: Uint8Array) => void,
    private readonly timing: RelayTiming = DEFAULT_RELAY_TIMING,
    private readonly encode: (
      awareness: awarenessProtocol.Awareness,
      clients: number[],
    ) => Uint8Array = awarenessMessage,
  ) {}

  /** The tick the last message needed after the one before it (for tests and the bench). */
  get currentTickMs(): number {
    return tickAfter(this.lastBytes, this.timing);
  }

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

  /** Sends whatever is pending now: one message, the same bytes for every peer. */
  flush(): void {
    this.cancel();
    if (this.pending.size === 0) return;
    const clients = [...this.pending];
    this.pending.clear();
    this.lastSent = Date.now();
    const message = this.encode(this.awareness, clients);
    this.lastBytes = message.length;
    const perEntry = message.length / clients.length;
    this.entryBytes = this.entryBytes === 0 ? perEntry : 0.8 * this.entryBytes + 0.2 * perEntry;
    this.broadcast(message);
  }

  destroy(): void {
    this.cancel();
    this.pending.clear();
  }

  /** The timer fired: send, unless what is pending is big enough to need a longer tick. */
  private due(): void {
    this.cancel();
    const needed = this.lastSent + tickAfter(this.pending.size * this.entryBytes, this.timing);
    if (needed > Date.now()) this.schedule(needed);
    else this.flush();
  }

  /** Keeps the earliest due time of everything pending. */
  private schedule(at: number): void {
    if (at >= this.dueAt) return;
    this.cancel();
    const delay = at - Date.now();
    if (delay <= 0) return this.due();
    this.dueAt = at;
    this.timer = setTimeout(() => this.due(), delay);
    // Presence alone must not keep the process alive.
    this.timer.unref();
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.dueAt = Infinity;
  }
}
