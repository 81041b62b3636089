import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the first call at once', () => {
    const fn = vi.fn();
    const t = throttle(fn, 50);
    t(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenLastCalledWith(1);
  });

  it('turns a burst into at most one call per window, ending on the last value', () => {
    const fn = vi.fn<(n: number) => void>();
    const t = throttle(fn, 50);
    // 100 calls, one every 2 ms: 200 ms of pointer movement.
    for (let i = 0; i < 100; i++) {
      t(i);
      vi.advanceTimersByTime(2);
    }
    vi.advanceTimersByTime(200);
    // 200 ms of input plus the trailing window: 5 windows at most (leading + one per 50 ms).
    expect(fn.mock.calls.length).toBeLessThanOrEqual(5);
    expect(fn.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(fn).toHaveBeenLastCalledWith(99);
  });

  it('never calls twice within one window', () => {
    const times: number[] = [];
    const t = throttle(() => times.push(Date.now()), 50);
    for (let i = 0; i < 300; i++) {
      t();
      vi.advanceTimersByTime(1);
    }
    vi.advanceTimersByTime(100);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(50);
  });

  it('delivers the trailing value once the window ends', () => {
    const fn = vi.fn<(s: string) => void>();
    const t = throttle(fn, 50);
    t('a');
    t('b');
    t('c');
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(49);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(2);
    expect(fn).toHaveBeenLastCalledWith('c');
    // Nothing pending: the window closes quietly and the next call runs at once again.
    vi.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(2);
    t('d');
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('cancel drops the pending call', () => {
    const fn = vi.fn();
    const t = throttle(fn, 50);
    t(1);
    t(2);
    t.cancel();
    vi.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
