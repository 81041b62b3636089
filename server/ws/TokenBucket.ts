/**
 * A token bucket: `rate` tokens per second refill it up to `burst`; `take(n)` spends n tokens or
 * says no. Used per connection for messages and bytes, so one client cannot flood a room (and the
 * disk behind it) however fast its socket is. The clock is injectable for tests.
 */
/** One clock for every bucket (thousands of connections × three buckets each). */
const monotonicNow = (): number => performance.now();

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly now: () => number = monotonicNow,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(n = 1): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.rate);
    this.last = t;
    if (this.tokens < n) return false;
    this.tokens -= n;
    return true;
  }
}
