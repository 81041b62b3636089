import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterNextPaint } from './afterNextPaint';

/** A hidden tab runs no animation frames: the change is shown after this long anyway. */
const HIDDEN_TAB_MS = 100;

/**
 * `value`, where a change that is not `now` shows after the next frame is painted instead of in the
 * render that brought it; several changes before then are shown once. A peer's edit thus costs
 * neither the frame its message arrived in (decode, read, lay out) nor the next frame's own work: it
 * renders in a task after that frame's paint, so the frame that carries the drag ships without
 * waiting for it, and the edit is painted one frame later (measured: bench/README, 2026-12-02). This
 * tab's own edits (`now`) show at once: a drop must not flash the card back to its old slot.
 */
export function useNextFrame<T>(value: T, now: boolean): T {
  const [shown, setShown] = useState(value);
  // Adjusting state while rendering (React's pattern for it): an immediate change is also the base
  // that later, lagged ones replace — never an older value.
  if (now && shown !== value) setShown(value);
  useEffect(() => {
    if (now || shown === value) return;
    const show = () => {
      cancel();
      clearTimeout(timer);
      flushSync(() => setShown(value));
    };
    const cancel = afterNextPaint(show);
    const timer = setTimeout(show, HIDDEN_TAB_MS);
    return () => {
      cancel();
      clearTimeout(timer);
    };
  }, [value, now, shown]);
  return now ? value : shown;
}
