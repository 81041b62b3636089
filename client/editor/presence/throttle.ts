/** A rate-limited function: the first call runs at once, later ones collapse into one trailing call. */
export interface Throttled<A extends unknown[]> {
  (...args: A): void;
  /** Drops a pending trailing call (e.g. when the session closes). */
  cancel(): void;
}

/**
 * Runs `fn` at most once per `waitMs`. A call inside the window is not lost: the last one is
 * delivered when the window ends, so the receiver always ends on the latest value.
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, waitMs: number): Throttled<A> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;

  const openWindow = () => {
    timer = setTimeout(() => {
      timer = null;
      if (pending === null) return;
      const args = pending;
      pending = null;
      fn(...args);
      openWindow();
    }, waitMs);
  };

  const throttled = (...args: A) => {
    if (timer !== null) {
      pending = args;
      return;
    }
    fn(...args);
    openWindow();
  };
  throttled.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return throttled;
}
