import type { WebSocket } from 'ws';

export interface UnsentLimits {
  /** Unsent bytes (socket buffer + `ws` queue) a connection may hold; JOURNEY_MAX_UNSENT_BYTES. */
  maxUnsentBytes: number;
  /** How long it may stay over that while draining (a big first sync on a slow link). */
  slowReaderGraceMs: number;
}

/**
 * Watches how much one socket has not yet sent. A client that asks for data and does not read it
 * would otherwise keep it in server memory without bound. Over `maxUnsentBytes` a grace timer
 * starts; still over when it fires, the reader is slow and `onSlow` closes it. Past a hard ceiling
 * (twice the cap plus the doc: room for one full sync) it is closed at once, so memory stays
 * bounded whatever the grace.
 */
export class SlowReaderWatch {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly socket: WebSocket,
    private readonly limits: UnsentLimits,
    /** Bytes of the doc, for the hard ceiling; read only when over the cap. */
    private readonly docBytes: () => number,
    private readonly onSlow: (unsent: number) => void,
  ) {}

  /** Before sending `bytes`: false if the reader was found slow (and closed), so nothing is sent. */
  allows(bytes: number): boolean {
    const unsent = this.socket.bufferedAmount;
    // A single message always goes out alone, however big: the first sync of a large map.
    if (unsent === 0 || unsent + bytes <= this.limits.maxUnsentBytes) return true;
    if (unsent + bytes > 2 * this.limits.maxUnsentBytes + this.docBytes()) {
      this.onSlow(unsent);
      return false;
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const left = this.socket.bufferedAmount;
      if (left > this.limits.maxUnsentBytes) this.onSlow(left);
    }, this.limits.slowReaderGraceMs);
    this.timer.unref();
    return true;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
