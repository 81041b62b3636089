import { describe, expect, it } from 'vitest';
import { AddressLimiter } from './AddressLimiter';
import { clientAddress } from './clientAddress';

describe('AddressLimiter', () => {
  it('allows a burst, then refuses with the seconds until the next token', () => {
    let now = 0;
    const limiter = new AddressLimiter({ perMinute: 30, burst: 3, now: () => now });
    for (let i = 0; i < 3; i++) expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(limiter.take('b').ok).toBe(true);
    now += 2000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });

  it('forgets the least recently seen address past its table size', () => {
    const limiter = new AddressLimiter({ perMinute: 1, burst: 1, maxAddresses: 2, now: () => 0 });
    limiter.take('a');
    limiter.take('b');
    expect(limiter.peek('a').ok).toBe(false);
    limiter.take('c');
    expect(limiter.size).toBe(2);
    expect(limiter.peek('b').ok).toBe(true);
  });
});

describe('clientAddress', () => {
  const req = (xff?: string) => ({
    headers: xff === undefined ? {} : { 'x-forwarded-for': xff },
    socket: { remoteAddress: '10.0.0.1' },
  });

  it('uses the socket address unless the proxy is trusted', () => {
    expect(clientAddress(req('1.2.3.4') as never, false)).toBe('10.0.0.1');
    expect(clientAddress(req('6.6.6.6, 1.2.3.4') as never, true)).toBe('1.2.3.4');
    expect(clientAddress(req() as never, true)).toBe('10.0.0.1');
  });
});
