import type { WebsocketProvider } from 'y-websocket';

/**
 * Close codes that mean "come back later" (see server/closeCodes.ts): 1011 internal error, 1013
 * storage unavailable, 4408 sync timeout, 4420 slow reader, 4429 over budget. The provider
 * reconnects on these, backing off exponentially with jitter, so a struggling server is not hit
 * by every tab at once, 4×/s.
 */
export const BACKOFF_CLOSE_CODES: ReadonlySet<number> = new Set([1011, 1013, 4408, 4420, 4429]);

/** The provider's default rule (stop on 4400–4499), except for the codes that ask to retry later. */
export function shouldReconnect(event: { code: number }): boolean {
  if (BACKOFF_CLOSE_CODES.has(event.code)) return true;
  return !(event.code >= 4400 && event.code < 4500);
}

/** The server's "retry in N s" hint from a close reason, in milliseconds. */
export function retryHintMs(reason: string): number | undefined {
  const match = /retry in (\d+) s/.exec(reason);
  return match ? Number(match[1]) * 1000 : undefined;
}

export interface BackoffOptions {
  /** First delay (before jitter). */
  minMs?: number;
  /** Largest delay, whatever the attempt or hint. */
  maxMs?: number;
  /** 0 ≤ random() < 1; injectable for tests. */
  random?: () => number;
}

/**
 * Delays between reconnects after "come back later" closes: 1 s, 2 s, 4 s … up to 60 s, each
 * between half and all of that (jitter, so tabs closed together do not return together), and
 * never shorter than the server's own hint. `reset` once a connection has proved healthy.
 */
export class ReconnectBackoff {
  private attempts = 0;
  private readonly minMs: number;
  private readonly maxMs: number;
  private readonly random: () => number;

  constructor({ minMs = 1000, maxMs = 60_000, random = Math.random }: BackoffOptions = {}) {
    this.minMs = minMs;
    this.maxMs = maxMs;
    this.random = random;
  }

  /** The delay before the next attempt after `event`, or undefined if it is not a backoff close. */
  next(event: { code: number; reason: string }): number | undefined {
    if (!BACKOFF_CLOSE_CODES.has(event.code)) return undefined;
    const base = Math.min(this.maxMs, this.minMs * 2 ** this.attempts);
    this.attempts += 1;
    const jittered = base / 2 + (this.random() * base) / 2;
    return Math.round(Math.min(this.maxMs, Math.max(jittered, retryHintMs(event.reason) ?? 0)));
  }

  reset(): void {
    this.attempts = 0;
  }
}

/** How long a connection must stay synced before the backoff starts again from 1 s. */
const HEALTHY_MS = 30_000;

/**
 * Makes `provider` wait `backoff`'s delay after a backoff close. y-websocket waits
 * min(2^failures × 100 ms, maxBackoffTime) and resets failures on every sync, so a server that
 * syncs and then fails (a full disk) would see a reconnect every 200 ms: we set both fields the
 * provider documents, just before it schedules the reconnect. Returns a function that unwires it.
 */
export function applyReconnectBackoff(
  provider: WebsocketProvider,
  backoff: ReconnectBackoff = new ReconnectBackoff(),
): () => void {
  const defaultMax = provider.maxBackoffTime;
  let healthy: ReturnType<typeof setTimeout> | undefined;
  const onClose = (event: { code: number; reason: string } | null) => {
    clearTimeout(healthy);
    const delay = event ? backoff.next(event) : undefined;
    if (delay === undefined) {
      provider.maxBackoffTime = defaultMax;
      return;
    }
    provider.maxBackoffTime = delay;
    // 2^31 × 100 ms exceeds any delay: the provider then waits exactly maxBackoffTime.
    provider.wsUnsuccessfulReconnects = Math.max(provider.wsUnsuccessfulReconnects, 30);
  };
  const onSync = (synced: boolean) => {
    clearTimeout(healthy);
    if (synced) healthy = setTimeout(() => backoff.reset(), HEALTHY_MS);
  };
  provider.on('connection-close', onClose);
  provider.on('sync', onSync);
  return () => {
    clearTimeout(healthy);
    provider.off('connection-close', onClose);
    provider.off('sync', onSync);
  };
}
