import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** A hidden tab runs no animation frames: the change is shown after this long anyway. */
const HIDDEN_TAB_MS = 100;

/**
 * `value`, where a change that is not `now` shows at the next animation frame instead of in the
 * render that brought it: it is rendered in that frame's callbacks (so painted in it), and several
 * changes within one frame are shown once. A peer's edit thus costs the frame after the one its
 * message arrived in — the message's own work (decode, read, lay out) and the canvas's render no
 * longer land in the same frame as a drag's, which has ~16 ms for all of it. This tab's own edits
 * (`now`) show at once: a drop must not flash the card back to its old slot for a frame.
 */
export function useNextFrame<T>(value: T, now: boolean): T {
  const [shown, setShown] = useState(value);
  // Adjusting state while rendering (React's pattern for it): an immediate change is also the base
  // that later, lagged ones replace — never an older value.
  if (now && shown !== value) setShown(value);
  useEffect(() => {
    if (now || shown === value) return;
    const show = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      flushSync(() => setShown(value));
    };
    const frame = requestAnimationFrame(show);
    const timer = setTimeout(show, HIDDEN_TAB_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, now, shown]);
  return now ? value : shown;
}
