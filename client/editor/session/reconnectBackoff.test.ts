import { describe, expect, it } from 'vitest';
import { ReconnectBackoff, retryHintMs, shouldReconnect } from './reconnectBackoff';

const close = (code: number, reason = '') => ({ code, reason });

describe('ReconnectBackoff', () => {
  it('doubles from 1 s to 60 s, with jitter between half and all of each step', () => {
    const low = new ReconnectBackoff({ random: () => 0 });
    const high = new ReconnectBackoff({ random: () => 0.999999 });
    const lows = Array.from({ length: 9 }, () => low.next(close(1011)));
    const highs = Array.from({ length: 9 }, () => high.next(close(1011)));
    expect(highs).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
    expect(lows).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('backs off on 1011, 1013, 4408, 4420 and 4429 only', () => {
    const backoff = new ReconnectBackoff({ random: () => 0.5 });
    for (const code of [1011, 1013, 4408, 4420, 4429]) expect(backoff.next(close(code))).toBeGreaterThan(0);
    for (const code of [1000, 1001, 1006, 4400, 4404]) expect(backoff.next(close(code))).toBeUndefined();
  });

  it("waits at least the server's hint, capped at the maximum", () => {
    const backoff = new ReconnectBackoff({ random: () => 0 });
    expect(backoff.next(close(1013, 'could not save the map; retry in 30 s'))).toBe(30_000);
    expect(backoff.next(close(1013, 'retry in 600 s'))).toBe(60_000);
    expect(retryHintMs('no hint')).toBeUndefined();
  });

  it('starts again from 1 s after a reset', () => {
    const backoff = new ReconnectBackoff({ random: () => 0.999999 });
    backoff.next(close(4420));
    backoff.next(close(4420));
    backoff.reset();
    expect(backoff.next(close(4420))).toBe(1000);
  });
});

describe('shouldReconnect', () => {
  it('keeps the stock rule for other 44xx codes and retries the backoff ones', () => {
    expect(shouldReconnect(close(4404))).toBe(false);
    expect(shouldReconnect(close(4401))).toBe(false);
    expect(shouldReconnect(close(4429))).toBe(true);
    expect(shouldReconnect(close(4420))).toBe(true);
    expect(shouldReconnect(close(1006))).toBe(true);
  });
});
