import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesceToFrame, HIDDEN_TAB_FALLBACK_MS, type FrameClock } from './frameCoalescer';

/** Frames that come only when the test says so; timers on vitest's fake clock. */
function manualFrames() {
  let next = 1;
  const waiting = new Map<number, () => void>();
  const clock: FrameClock = {
    requestFrame(run) {
      waiting.set(next, run);
      return next++;
    },
    cancelFrame: (handle) => waiting.delete(handle),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle),
  };
  const frame = () => {
    const runs = [...waiting.values()];
    waiting.clear();
    for (const run of runs) run();
  };
  return { clock, frame };
}

describe('coalesceToFrame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once per frame however many changes came before it', () => {
    const { clock, frame } = manualFrames();
    const run = vi.fn();
    const c = coalesceToFrame(run, clock);
    for (let i = 0; i < 500; i++) c.schedule();
    expect(run).not.toHaveBeenCalled();
    frame();
    expect(run).toHaveBeenCalledTimes(1);
    frame();
    expect(run).toHaveBeenCalledTimes(1);
    c.schedule();
    frame();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('still runs in a tab that gets no frames (in the background)', () => {
    const { clock } = manualFrames();
    const run = vi.fn();
    coalesceToFrame(run, clock).schedule();
    vi.advanceTimersByTime(HIDDEN_TAB_FALLBACK_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled', () => {
    const { clock, frame } = manualFrames();
    const run = vi.fn();
    const c = coalesceToFrame(run, clock);
    c.schedule();
    c.cancel();
    frame();
    vi.advanceTimersByTime(HIDDEN_TAB_FALLBACK_MS);
    expect(run).not.toHaveBeenCalled();
  });
});
