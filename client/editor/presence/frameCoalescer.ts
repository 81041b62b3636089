/** How a coalescer waits for the next frame; tests pass their own. */
export interface FrameClock {
  requestFrame(run: () => void): number;
  cancelFrame(handle: number): void;
  setTimer(run: () => void, ms: number): ReturnType<typeof setTimeout>;
  clearTimer(handle: ReturnType<typeof setTimeout>): void;
}

/**
 * A background tab gets no animation frames: this long after a change, it runs anyway, so that
 * follow, summon and the presenter still catch up while nobody looks (and the tab shows them at once).
 */
export const HIDDEN_TAB_FALLBACK_MS = 250;

const browserClock: FrameClock = {
  requestFrame: (run) => requestAnimationFrame(run),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (handle) => clearTimeout(handle),
};

export interface FrameCoalescer {
  /** Asks for `run` before the next frame; more asks before it runs cost nothing. */
  schedule(): void;
  cancel(): void;
}

/**
 * Runs `run` at most once per animation frame however often `schedule` is called: 300 people at
 * 20 updates/s make awareness change thousands of times a second, while the screen shows 60 frames.
 */
export function coalesceToFrame(run: () => void, clock: FrameClock = browserClock): FrameCoalescer {
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (frame !== undefined) clock.cancelFrame(frame);
    if (timer !== undefined) clock.clearTimer(timer);
    frame = undefined;
    timer = undefined;
  };
  const fire = () => {
    cancel();
    run();
  };
  return {
    schedule() {
      if (frame !== undefined) return;
      frame = clock.requestFrame(fire);
      timer = clock.setTimer(fire, HIDDEN_TAB_FALLBACK_MS);
    },
    cancel,
  };
}
