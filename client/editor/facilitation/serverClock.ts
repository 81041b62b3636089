import { z } from 'zod';

/**
 * This browser's clock corrected to the server's, so a countdown ends at the same instant on every
 * screen even when a laptop's clock is off by minutes. Measured once per page (GET /api/health
 * answers the server's time); half the round trip is assumed to be the way back.
 */
let offsetMs = 0;
let measuring: Promise<void> | null = null;

const healthSchema = z.object({ now: z.number().finite() });

/** The current time in server terms (epoch ms). Until the first measurement it is the local clock. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

/** Measures the clock offset once; later calls share the first measurement. Never rejects. */
export function syncServerClock(): Promise<void> {
  measuring ??= measureOffset().catch(() => {
    // Offline or an old server: keep the local clock, and try again on the next open.
    measuring = null;
  });
  return measuring;
}

async function measureOffset(): Promise<void> {
  const sentAt = Date.now();
  const response = await fetch('/api/health', { cache: 'no-store', headers: { Accept: 'application/json' } });
  const receivedAt = Date.now();
  const body = healthSchema.parse(await response.json());
  offsetMs = clockOffset(sentAt, body.now, receivedAt);
}

/** Server time minus local time, assuming the answer took half the round trip to come back. */
export function clockOffset(sentAt: number, serverTime: number, receivedAt: number): number {
  return Math.round(serverTime + (receivedAt - sentAt) / 2 - receivedAt);
}
