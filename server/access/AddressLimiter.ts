/**
 * One token bucket per client address: `perMinute` tokens a minute refill it up to `burst`.
 * The table is bounded: past `maxAddresses` the least recently seen address is forgotten (it
 * comes back with a full bucket, which only ever errs on the side of letting someone in).
 * The clock is injectable for tests.
 */
export type LimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  last: number;
}

export interface AddressLimiterOptions {
  perMinute: number;
  burst: number;
  maxAddresses?: number;
  now?: () => number;
  /** A token was spent here: the other processes spend it too (issue 20), so limits hold cluster-wide. */
  onSpent?: (address: string) => void;
}

export class AddressLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly maxAddresses: number;
  private readonly now: () => number;

  constructor(private readonly options: AddressLimiterOptions) {
    this.perMs = options.perMinute / 60_000;
    this.maxAddresses = options.maxAddresses ?? 10_000;
    this.now = options.now ?? (() => performance.now());
  }

  /** Spends one token of `address`, or says how many seconds until one is there. */
  take(address: string): LimitDecision {
    const bucket = this.refill(address);
    if (bucket.tokens < 1) return { ok: false, retryAfterSeconds: this.secondsUntilToken(bucket) };
    bucket.tokens -= 1;
    this.options.onSpent?.(address);
    return { ok: true };
  }

  /** Another process spent one of `address`'s tokens: spend it here too (none left: nothing to do). */
  spendElsewhere(address: string): void {
    const bucket = this.refill(address);
    if (bucket.tokens >= 1) bucket.tokens -= 1;
  }

  /** Like `take`, without spending: is `address` out of tokens right now? */
  peek(address: string): LimitDecision {
    const bucket = this.refill(address);
    return bucket.tokens < 1
      ? { ok: false, retryAfterSeconds: this.secondsUntilToken(bucket) }
      : { ok: true };
  }

  get size(): number {
    return this.buckets.size;
  }

  private refill(address: string): Bucket {
    const t = this.now();
    let bucket = this.buckets.get(address);
    if (bucket) {
      bucket.tokens = Math.min(this.options.burst, bucket.tokens + (t - bucket.last) * this.perMs);
      bucket.last = t;
      // Re-inserted so the Map's order is least recently seen first.
      this.buckets.delete(address);
    } else {
      bucket = { tokens: this.options.burst, last: t };
      if (this.buckets.size >= this.maxAddresses) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) this.buckets.delete(oldest);
      }
    }
    this.buckets.set(address, bucket);
    return bucket;
  }

  private secondsUntilToken(bucket: Bucket): number {
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }
}
