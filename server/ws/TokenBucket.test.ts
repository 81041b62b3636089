import { describe, expect, it } from 'vitest';
import { TokenBucket } from './TokenBucket';

describe('TokenBucket', () => {
  it('allows a burst, then refills at its rate and never beyond the burst', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 20, () => now);
    for (let i = 0; i < 20; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 100; // one token
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 60_000;
    for (let i = 0; i < 20; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('spends several tokens at once, or none when there are too few', () => {
    const bucket = new TokenBucket(1000, 2000, () => 0);
    expect(bucket.take(1500)).toBe(true);
    expect(bucket.take(600)).toBe(false);
    expect(bucket.take(500)).toBe(true);
  });
});
